local function f() return 1, 2, 3 end
local a, b = f()
local c, d, e, g = f()
print(a, b, c, d, e, g, (f()))
