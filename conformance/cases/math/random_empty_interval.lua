print(pcall(math.random, 3, 1))
print(pcall(math.random, 0))
