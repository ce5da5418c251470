-- unpack and rawget need tables.
print(pcall(function() return unpack(nil) end))
print(pcall(function() return rawget("x", 1) end))
print(pcall(function() return rawset({}, nil, 1) end))
print(pcall(function() return next(nil) end))
