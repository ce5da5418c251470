print(pcall(string.upper, nil))
print(pcall(string.lower, {}))
