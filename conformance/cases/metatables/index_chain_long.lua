-- A long __index chain still resolves.
local t = { value = "found" }
for i = 1, 50 do t = setmetatable({}, { __index = t }) end
print(t.value)
