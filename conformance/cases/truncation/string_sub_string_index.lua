-- Integer arguments are not read from strings.
print(pcall(string.sub, "hello", "2"))
