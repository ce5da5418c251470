-- ipairs reads raw values (no __index).
local t = setmetatable({ 1, 2 }, { __index = function(_, i) if i <= 4 then return i * 10 end end })
local n = 0
for i, v in ipairs(t) do n = n + 1 end
print(n, t[3])
