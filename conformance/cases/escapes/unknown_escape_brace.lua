-- Lua 5.1 reads an unknown escape as the character itself.
print(loadstring([[return "\{"]]) ~= nil)
