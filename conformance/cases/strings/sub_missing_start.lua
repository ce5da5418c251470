print(pcall(string.sub, "hello"))
