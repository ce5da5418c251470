print(next({}))
print(next({5}))
local t = {x = 1}
print(next(t))
print(next(t, "x"))
