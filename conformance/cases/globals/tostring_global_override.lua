-- print uses its own tostring, not the global.
local old = tostring
tostring = function() return "X" end
print(1, "a")
tostring = old
