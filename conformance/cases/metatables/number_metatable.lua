-- gopher-lua's setmetatable also accepts numbers: the metatable is shared by every number.
local ok, r = pcall(setmetatable, 5, { __index = function(n, k) return "num:" .. k end })
print(ok, r)
if ok then local n = 7 print(n.foo) end
