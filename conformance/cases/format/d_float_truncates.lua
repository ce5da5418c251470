print(string.format("%d %d %d %d %d", 3.7, -3.7, 0.5, -0.5, 1e10))
