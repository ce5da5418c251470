-- A library function called by its global name: no quotes around the name.
print(pcall(function() return select(0, "a") end))
print(pcall(function() return tostring() end))
print(pcall(function() return setmetatable({}, 1) end))
