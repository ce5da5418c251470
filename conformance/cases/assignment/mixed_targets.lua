-- a local target is assigned at once, a global one at the end
local a = 1
g = 2
a, g = g, a
print(a, g)
local b = 1
h = 2
h, b = b, h
print(h, b)
