print(string.format("%x %X %o %d", -255, -255, -8, -0.5))
