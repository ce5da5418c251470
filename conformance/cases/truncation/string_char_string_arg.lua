print(pcall(string.char, "65"))
