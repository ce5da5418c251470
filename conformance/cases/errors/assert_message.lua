-- assert's message gets the caller's position, like error.
print(pcall(function() assert(false, "need a player") end))
print(pcall(function() assert(1 == 2, 42) end))
