print(string.format("%d %d %d", 2 ^ 53, 2 ^ 53 + 1, 1e18))
