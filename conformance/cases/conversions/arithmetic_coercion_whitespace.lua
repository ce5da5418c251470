print(pcall(function() return "\r3" + 0 end))
print(pcall(function() return "3\n" + 0 end))
