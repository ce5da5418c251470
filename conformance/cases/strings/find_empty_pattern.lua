print(string.find("abc", ""), string.find("abc", "", 2), string.find("", ""), string.find("abc", "", 10))
