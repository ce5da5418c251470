print(string.byte("A"), string.byte("abc", 2), string.byte("abc", 1, -1))
print(string.byte("abc", 10), string.byte("abc", 0), string.byte("abc", -1))
