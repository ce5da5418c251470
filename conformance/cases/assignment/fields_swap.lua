-- fields take their values at the end: a swap swaps
local t = { 1, 2 }
t[1], t[2] = t[2], t[1]
print(t[1], t[2])
local p = { x = "a", y = "b" }
p.x, p.y = p.y, p.x
print(p.x, p.y)
