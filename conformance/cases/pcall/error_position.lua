-- pcall(error, "x") carries the position of the line that called pcall.
print(pcall(error, "x"))
print(pcall(error, "y", 1))
print(pcall(error, "z", 2))
