-- A yield reached through a tail call.
local co = coroutine.create(function(x)
  return coroutine.yield(x)
end)
print(coroutine.resume(co, "t"))
print(coroutine.resume(co, "back"))
print(coroutine.status(co))
