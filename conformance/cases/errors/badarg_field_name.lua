-- A function called as a field is named by the field.
print(pcall(function() return string.rep() end))
print(pcall(function() return table.concat(nil) end))
print(pcall(function() return math.floor("x") end))
