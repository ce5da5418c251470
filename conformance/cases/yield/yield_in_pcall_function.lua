-- A yield in a function run by pcall in a coroutine.
local co = coroutine.create(function()
  local ok, v = pcall(function() return coroutine.yield("y") end)
  return ok, v
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "back"))
