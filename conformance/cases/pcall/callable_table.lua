-- pcall of a table with __call.
local t = setmetatable({}, { __call = function(self, x) return "called " .. x end })
print(pcall(t, "yes"))
