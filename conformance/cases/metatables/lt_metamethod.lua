-- __lt and __le with one shared metatable.
local mt = {}
mt.__lt = function(a, b) return a.v < b.v end
mt.__le = function(a, b) return a.v <= b.v end
local a, b = setmetatable({ v = 1 }, mt), setmetatable({ v = 2 }, mt)
print(a < b, a > b, a <= b, a >= b)
