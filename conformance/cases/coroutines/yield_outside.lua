-- Yielding on the main chunk is an error.
print(pcall(coroutine.yield, 1))
print(pcall(function() coroutine.yield() end))
