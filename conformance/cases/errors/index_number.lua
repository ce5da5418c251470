-- Indexing a number.
local n = 5
print(pcall(function() return n.x end))
