-- Calling a table without __call.
local t = {}
print(pcall(function() return t.x() end))
print(pcall(function() return t() end))
