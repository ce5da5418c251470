-- Lua 5.1's string.rep takes no separator.
print(string.rep("a", 3, ","))
