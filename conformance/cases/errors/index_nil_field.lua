-- Indexing the nil result of a field access.
local t = {}
print(pcall(function() return t.a.b end))
