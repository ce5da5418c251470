-- 0.1 steps accumulate rounding error, as in any double-based Lua.
local n = 0
for i = 1, 2, 0.1 do n = n + 1 end
print(n)
