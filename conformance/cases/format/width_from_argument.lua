print(string.format("%*d", 5, 3))
