local s = "a\0b"
print(#s, s:byte(2), s:sub(3))
