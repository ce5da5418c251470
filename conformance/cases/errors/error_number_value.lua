-- A number error value keeps its type and gets no position.
local ok, e = pcall(function() error(42) end)
print(ok, e, type(e))
local ok2, e2 = pcall(function() error(true) end)
print(ok2, e2, type(e2))
