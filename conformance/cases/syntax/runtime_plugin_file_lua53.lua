-- The plugin file uses Lua 5.3's floor division.
local half = 7 // 2
print(half)
