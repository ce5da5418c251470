-- a table constructor's value is stored into its local before the next value is computed
local a, b = 1, 2
a, b = {}, a
print(type(a), type(b), a == b)
local c, d = 1, 2
c, d = d, { c }
print(c, d[1])
