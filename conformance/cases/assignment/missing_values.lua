-- targets without a value get nil; the values given are stored first
local a, b, c = 1, 2, 3
a, b, c = c
print(a, b, c)
local d, e = 1, 2
d, e = e
print(d, e)
