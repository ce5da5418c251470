-- The level must be a number: a numeric string is refused, a float is truncated.
print(pcall(function() error("s", "2") end))
print(pcall(function() error("s", 1.7) end))
print(pcall(function() error("s", "x") end))
