-- status of a wrapped coroutine's thread seen from inside.
local f = coroutine.wrap(function()
  local co = coroutine.running()
  print(coroutine.status(co))
end)
f()
