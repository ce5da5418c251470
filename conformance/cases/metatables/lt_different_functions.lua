-- Two different __lt functions: an error.
local a = setmetatable({}, { __lt = function() return true end })
local b = setmetatable({}, { __lt = function() return true end })
print(pcall(function() return a < b end))
