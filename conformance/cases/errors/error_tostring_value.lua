-- A table with __tostring prints through it.
local e = setmetatable({}, { __tostring = function() return "custom error" end })
print(pcall(function() error(e) end))
