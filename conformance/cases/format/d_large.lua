print(string.format("%d %d %d %d", 2 ^ 53, 2 ^ 62, -2 ^ 63, 1e15))
