-- pcall passes its extra arguments on.
print(pcall(string.rep, "ab", 3))
print(pcall(math.max, 3, 9, 2))
