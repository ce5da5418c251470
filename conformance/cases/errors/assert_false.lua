-- assert(false) and assert(nil) with the default message.
print(pcall(function() assert(false) end))
print(pcall(function() assert(nil) end))
print(pcall(function() assert() end))
