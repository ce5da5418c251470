print(string.format("%x %X %#x %#X %o %#o %08x %x", 255, 255, 255, 255, 8, 8, 255, 0))
