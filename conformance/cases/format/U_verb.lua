print(string.format("%U %U", 0x4e2d, 65))
