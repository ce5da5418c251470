print(pcall(string.byte, "abc", 0 / 0))
