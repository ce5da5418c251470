print(pcall(math.floor, "abc"))
print(pcall(math.floor, nil))
