print(string.sub("hello", 1.5, 4.9), string.sub("hello", 2.99), string.sub("hello", -2.5), string.sub("hello", 0.5, 2.5))
