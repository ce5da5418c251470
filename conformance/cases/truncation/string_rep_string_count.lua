print(pcall(string.rep, "x", "3"))
