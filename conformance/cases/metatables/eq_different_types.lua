-- Values of different types are never equal; __eq is not called.
local x = setmetatable({}, { __eq = function() print("called") return true end })
print(x == 1, x == "x", x == nil)
