-- Level 0 adds no position.
print(pcall(function() error("plain", 0) end))
