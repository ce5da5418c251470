print(string.find("abab", "(b)", 3))
