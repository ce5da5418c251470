-- tostring gives what __tostring returns, as it is: nil, a number, a table.
local a = setmetatable({}, { __tostring = function(x) return x.name end })
print(tostring(a) == nil, type(tostring(a)))
a.name = "gororoba"
print(tostring(a))
local n = setmetatable({}, { __tostring = function() return 42 end })
print(type(tostring(n)), tostring(n) + 1)
local inner = {}
local t = setmetatable({}, { __tostring = function() return inner end })
print(tostring(t) == inner)
a.name = nil
print(a, n)
print(pcall(tostring))
