-- setmetatable with a bad metatable, on nil, and on a protected metatable.
print(pcall(function() return setmetatable({}, "x") end))
print(pcall(function() return setmetatable(nil, {}) end))
local t = setmetatable({}, { __metatable = "locked" })
print(pcall(function() return setmetatable(t, {}) end))
print(getmetatable(t))
