-- A function held in a local is named by the local.
local each = ipairs
local cat = table.concat
print(pcall(function() return each(nil) end))
print(pcall(function() return cat(5) end))
