-- xpcall needs a handler function.
print(pcall(function() return xpcall(function() end) end))
print(pcall(function() return xpcall(function() end, 1) end))
print(pcall(function() return xpcall(nil, print) end))
