-- __eq is used when both tables share the same metamethod.
local mt = { __eq = function(a, b) return a.id == b.id end }
local x = setmetatable({ id = 1 }, mt)
local y = setmetatable({ id = 1 }, mt)
print(x == y, x ~= y)
