-- Calling a number.
local n = 1
print(pcall(function() return n() end))
