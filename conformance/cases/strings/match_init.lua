print(string.match("hello", "l+", 4), string.match("hello", ".", -1), string.match("hello", "h", 2), string.match("hello", "^h", 0))
