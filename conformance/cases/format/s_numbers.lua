print(string.format("%s %s %s %s %s", 1.5, 10 / 2, 1e100, -0.0, 2 ^ 63))
