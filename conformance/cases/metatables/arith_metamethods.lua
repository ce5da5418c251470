-- Every arithmetic metamethod.
local mt = {}
for _, op in ipairs({ "add", "sub", "mul", "div", "mod", "pow" }) do
  mt["__" .. op] = function(a, b) return op end
end
mt.__unm = function() return "unm" end
local v = setmetatable({}, mt)
print(v + 1, 1 - v, v * v, v / 2, v % 3, v ^ 2, -v)
