-- \x is not an escape in Lua 5.1: it reads as the letter x.
print("\x41")
local f = loadstring('return "\\x41"')
print(f())
