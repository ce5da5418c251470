-- __tostring is used by tostring and print.
local p = setmetatable({ name = "Steve" }, { __tostring = function(self) return "Player(" .. self.name .. ")" end })
print(p, tostring(p))
