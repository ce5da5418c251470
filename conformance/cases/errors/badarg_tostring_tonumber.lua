-- tostring, tonumber and type need an argument.
print(pcall(function() return tostring() end))
print(pcall(function() return tonumber() end))
print(pcall(function() return type() end))
