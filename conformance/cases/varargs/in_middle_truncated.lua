local function f() return 1, 2 end
print(f(), f())
print((f()), f())
local t = {f(), f()}
print(#t)
