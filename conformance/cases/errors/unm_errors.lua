-- Unary minus on a table, a boolean and strings.
print(pcall(function() return -{} end))
print(pcall(function() local b = true return -b end))
print(pcall(function() return -"2" end))
print(pcall(function() local s = "abc" return -s end))
