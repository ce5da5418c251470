-- A nil table index.
local t = {}
print(pcall(function() t[nil] = 1 end))
print(t[nil])
