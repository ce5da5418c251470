print(string.char(65.9, 66.1, 67.5))
