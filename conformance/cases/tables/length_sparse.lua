local t = {}
t[1] = 1
t[2] = 2
t[4] = 4
print(#t)
local u = {}
u[2] = 2
print(#u)
