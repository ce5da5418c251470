print(string.match("hello", ".", 2.5), string.match("hello", ".", -1.5))
