-- resume and status need a coroutine.
print(pcall(coroutine.resume, 1))
print(pcall(function() return coroutine.status(nil) end))
print(pcall(function() return coroutine.resume({}) end))
