print(string.format("%d %x %X %o %c %i", 3.7, 255.2, 255.9, 8.8, 65.5, -2.5))
