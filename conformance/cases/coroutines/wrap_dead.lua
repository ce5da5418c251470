-- Calling a finished wrapped coroutine raises an error with the caller's position.
local f = coroutine.wrap(function() return 1 end)
print(f())
print(pcall(f))
print(pcall(function() return f() end))
