-- Arithmetic with nil names the operation and both types.
local x
print(pcall(function() return 1 + x end))
print(pcall(function() return x + 1 end))
