print(pcall(string.byte, "abc", "2"))
