-- A coroutine that failed is dead.
local co = coroutine.create(function() error("oops") end)
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co))
