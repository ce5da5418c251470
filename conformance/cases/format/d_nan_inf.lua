print(string.format("%d %d %d", 0 / 0, 1 / 0, -1 / 0))
