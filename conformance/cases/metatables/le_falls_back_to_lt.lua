-- Lua 5.1: without __le, a <= b is not (b < a).
local mt = { __lt = function(a, b) return a.v < b.v end }
local a, b = setmetatable({ v = 1 }, mt), setmetatable({ v = 2 }, mt)
print(a <= b, b <= a, a <= a)
