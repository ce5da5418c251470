print(pcall(select, "x", 1))
print(pcall(select, "2", "a", "b"))
