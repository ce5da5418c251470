-- Assigning a field of a boolean.
local b = true
print(pcall(function() b.x = 1 end))
