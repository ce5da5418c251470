-- Lua 5.1 compatibility: a vararg function sees its extra arguments as `arg`.
local function f(...) return arg end
local a = f(1, nil, 3)
print(type(a), a and a.n, a and a[1], a and a[3])
