-- error(nil) and error() differ: error() is a missing argument.
print(pcall(function() error(nil) end))
print(pcall(function() error() end))
