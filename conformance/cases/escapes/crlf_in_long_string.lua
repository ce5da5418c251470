local s = "a\r\nb"
print(#s, s:byte(2), s:byte(3))
