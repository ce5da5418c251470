-- __index as a function receives the table and the key.
local t = setmetatable({ a = 1 }, { __index = function(tbl, k) return "default:" .. k end })
print(t.a, t.b, rawget(t, "b"))
