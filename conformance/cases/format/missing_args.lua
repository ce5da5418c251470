print(string.format("%d %d", 1))
print(string.format("%s and %s", "a"))
