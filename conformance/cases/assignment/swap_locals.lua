-- gopher-lua stores each value into a local target as soon as it is computed
local a, b = 1, 2
a, b = b, a
print(a, b)
local x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
