-- a field's value that is a local is read when the field is set, after the locals took theirs
local t = { v = 1 }
local v = 2
t.v, v = v, t.v
print(t.v, v)
local a = { 1 }
local x = 5
a[1], x = x, a[1]
print(a[1], x)
local g = {}
local y = 3
g.k, y = y, 7
print(g.k, y)
