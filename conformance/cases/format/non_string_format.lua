print(pcall(string.format, nil))
print(pcall(string.format, {}))
