-- create and wrap need a function.
print(pcall(function() return coroutine.create(nil) end))
print(pcall(function() return coroutine.wrap(5) end))
