-- Concatenation errors name both operand types, right to left.
print(pcall(function() return {} .. "x" end))
print(pcall(function() return "x" .. {} end))
print(pcall(function() local n return "a" .. n end))
print(pcall(function() return "a" .. true end))
print(pcall(function() return "a" .. {} .. "b" end))
print(1 .. 2, "x" .. 1.5)
