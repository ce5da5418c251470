-- Order comparisons between two tables, booleans or nils.
print(pcall(function() return {} < {} end))
print(pcall(function() return true < false end))
print(pcall(function() return nil <= nil end))
print(pcall(function() local f = print return f < f end))
