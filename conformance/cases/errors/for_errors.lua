-- A numeric for loop with a value that is not a number.
print(pcall(function() for i = "a", 2 do end end))
print(pcall(function() for i = 1, {} do end end))
print(pcall(function() for i = 1, 2, nil do end end))
print(pcall(function() local n for i = n, 2 do end end))
