print(getfenv() == _G, getfenv(0) == _G, getfenv(print) == _G)
local function f() return x end
setfenv(f, {x = 42})
print(f(), x)
