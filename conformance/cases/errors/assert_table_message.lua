-- A non-string message is refused.
print(pcall(function() assert(false, {}) end))
print(pcall(function() assert(nil, nil) end))
