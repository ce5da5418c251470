print(string.byte("hello", 1.9), string.byte("hello", 2.5, 4.5), string.byte("hello", -1.5))
