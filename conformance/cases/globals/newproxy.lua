local p = newproxy()
print(type(p))
local q = newproxy(true)
print(type(getmetatable(q)))
