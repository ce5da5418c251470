print(string.sub("hello", -0.0, 2), string.sub("hello", 2, -0.5))
