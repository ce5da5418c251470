-- A string that is not a number: the types after trying to convert it.
print(pcall(function() return "a" + 1 end))
print(pcall(function() return 1 - "b" end))
print(pcall(function() return "10" + {} end))
print(pcall(function() return "3" * "4" end))
