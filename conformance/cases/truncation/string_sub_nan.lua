print(pcall(string.sub, "hello", 0 / 0))
