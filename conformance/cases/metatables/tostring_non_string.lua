-- __tostring that returns a number.
local t = setmetatable({}, { __tostring = function() return 42 end })
print(pcall(tostring, t))
