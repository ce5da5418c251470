-- A yield from a function called by the coroutine.
local function step(x) return coroutine.yield(x) end
local co = coroutine.create(function()
  local a = step(1)
  local b = step(a + 1)
  return a + b
end)
print(coroutine.resume(co))
print(coroutine.resume(co, 5))
print(coroutine.resume(co, 7))
