-- __concat receives numbers as numbers.
local t = setmetatable({}, { __concat = function(a, b) return type(a) .. "|" .. type(b) end })
print(t .. 1, 2 .. t)
