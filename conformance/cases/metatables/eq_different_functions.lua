-- Lua 5.1: two different __eq functions mean the tables are not equal.
local x = setmetatable({}, { __eq = function() return true end })
local y = setmetatable({}, { __eq = function() return true end })
print(x == y)
