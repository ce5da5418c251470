-- Lua 5.1: __eq on one side only is not used.
local x = setmetatable({}, { __eq = function() return true end })
local y = {}
print(x == y, y == x)
