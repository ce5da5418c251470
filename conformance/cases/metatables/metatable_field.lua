-- __metatable hides the metatable and protects it.
local t = setmetatable({}, { __metatable = "no access" })
print(getmetatable(t))
print(pcall(setmetatable, t, {}))
