-- Uncaught: calling a finished wrapped coroutine.
local f = coroutine.wrap(function() end)
f()
f()
