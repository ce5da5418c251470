-- Order comparisons between different types.
print(pcall(function() return 1 < "x" end))
print(pcall(function() return "x" < 1 end))
print(pcall(function() return 1 > "x" end))
print(pcall(function() return 1 <= "x" end))
print(pcall(function() return "x" >= 1 end))
print(pcall(function() return nil < 1 end))
