-- Calling an undefined global.
print(pcall(function() return undefined_function(1) end))
