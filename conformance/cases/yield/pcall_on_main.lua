-- pcall(coroutine.yield) on the main chunk: the yield error, caught.
print(pcall(coroutine.yield, "v"))
print(pcall(function() return coroutine.yield() end))
