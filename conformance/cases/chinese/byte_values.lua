print(string.byte("中", 1, -1))
print(string.byte("文字", 4))
