-- rawequal ignores __eq.
local mt = { __eq = function() return true end }
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, rawequal(a, b), rawequal(a, a))
