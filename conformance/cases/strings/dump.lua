print(pcall(string.dump, print))
