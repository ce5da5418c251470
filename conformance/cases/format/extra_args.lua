print(string.format("%d", 1, 2))
print(string.format("x", 1))
print(string.format("%d %%", 1, 2))
