-- Lua 5.1 has no __pairs or __ipairs.
local t = setmetatable({ a = 1 }, {
  __pairs = function() error("__pairs called") end,
  __ipairs = function() error("__ipairs called") end,
})
for k, v in pairs(t) do print(k, v) end
for i, v in ipairs(t) do print(i, v) end
print("done")
