-- every kind of value is stored into its local before the next value is computed
local m, n = 1, 2
m, n = n, -m
print(m, n)
local o, p = 1, 2
o, p = p, o == 2
print(o, p)
local q, r = 1, 2
q, r = r, q and 9
print(q, r)
local s, t = "x", "y"
s, t = t, s .. "!"
print(s, t)
local k, l = 1, 2
k, l = l, (k)
print(k, l)
local w, z = { 1, 2, 3 }, 0
w, z = { 1 }, #w
print(#w, z)
