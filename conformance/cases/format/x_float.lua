print(string.format("%x %X %o %c", 255.9, 15.2, 8.7, 66.5))
