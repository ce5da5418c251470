-- 200 nested calls are fine.
local function r(n) if n == 0 then return 0 end return 1 + r(n - 1) end
print(r(200))
