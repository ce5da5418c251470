-- Indexing a nil local: gopher-lua names the key and the type, not the variable.
local t = nil
print(pcall(function() return t.x end))
