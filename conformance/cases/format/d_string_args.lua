-- A numeric string is printed as given; a non-numeric one as 0.
print(string.format("%d|%d|%d|%5d|%d", "12", "1.5", "abc", "7", " 8 "))
