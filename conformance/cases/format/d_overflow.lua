-- Beyond int64: the conversion gopher-lua makes.
print(string.format("%d %d", 2 ^ 63, 1e20))
