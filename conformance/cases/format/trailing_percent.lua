print(string.format("abc%"))
