x = 5
local f = loadstring("return x")
print(f())
setfenv(f, {x = 7})
print(f())
