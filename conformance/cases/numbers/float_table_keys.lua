-- 1.0 and 1 are the same key.
local t = {}
t[1.0] = "one"
t[2] = "two"
print(t[1], t[2.0], #t, t[2 ^ 53], t[1.5])
