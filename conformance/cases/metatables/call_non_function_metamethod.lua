-- __call that is not a function.
local t = setmetatable({}, { __call = 5 })
print(pcall(function() return t() end))
