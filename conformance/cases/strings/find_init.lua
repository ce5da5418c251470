print(string.find("hello", "l", 4), string.find("hello", "l", -2), string.find("hello", "h", 2))
