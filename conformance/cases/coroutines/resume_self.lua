-- A coroutine resuming itself.
local co
co = coroutine.create(function()
  print(coroutine.resume(co))
end)
coroutine.resume(co)
