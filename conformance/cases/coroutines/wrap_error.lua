-- An error inside a wrapped coroutine propagates as it is.
local f = coroutine.wrap(function() error("wrapped failure") end)
print(pcall(f))
local g = coroutine.wrap(function() error({ code = 3 }) end)
local ok, e = pcall(g)
print(ok, type(e), e.code)
