print(pcall(string.match, "abc", "(a"))
