local s = "a\
b"
print(s, #s, s:byte(2))
