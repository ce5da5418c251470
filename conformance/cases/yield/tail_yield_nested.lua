-- The same tail call one function deeper works (the framework's own idiom).
local function wait(x) return coroutine.yield(x) end
local co = coroutine.create(function()
  local v = wait(1)
  return "got " .. tostring(v)
end)
print(coroutine.resume(co))
print(coroutine.resume(co, 5))
