print(pcall(string.find, "hello", "l", 10))
print(pcall(string.find, "hello", "l", 6))
