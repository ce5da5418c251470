print(string.format("%#o %#x %#X %#e %#f %#.0f", 0, 0, 1, 1, 1, 1))
