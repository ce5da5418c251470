-- The right operand's metamethod is used when the left has none.
local v = setmetatable({}, { __add = function(a, b) return "added" end })
print(1 + v, v + 1)
