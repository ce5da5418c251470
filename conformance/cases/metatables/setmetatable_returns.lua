-- setmetatable returns its first argument; nil removes the metatable.
local t = {}
print(setmetatable(t, {}) == t)
setmetatable(t, nil)
print(getmetatable(t))
