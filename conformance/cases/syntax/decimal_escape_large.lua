-- A decimal escape above 255 wraps around in gopher-lua (Lua 5.1 refuses it).
local f = loadstring('return "\\300"')
print(f and f():byte())
print(("\65\066\0067"):byte(1, -1))
