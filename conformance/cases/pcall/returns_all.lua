-- pcall returns true and every result.
print(pcall(function(a, b) return a + b, a * b, nil end, 3, 4))
print(select("#", pcall(function() return 1, nil, nil end)))
