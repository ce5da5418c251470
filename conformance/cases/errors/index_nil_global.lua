-- Indexing an undefined global.
print(pcall(function() return undefined_global.x end))
