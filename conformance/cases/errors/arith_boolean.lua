-- Booleans in arithmetic.
print(pcall(function() return true + 1 end))
print(pcall(function() local f = false return f * f end))
