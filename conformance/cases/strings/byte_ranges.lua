print(string.byte("hello", 2, 4))
print(select("#", string.byte("hello", 4, 2)), select("#", string.byte("", 1)), select("#", string.byte("abc", 0, 10)))
