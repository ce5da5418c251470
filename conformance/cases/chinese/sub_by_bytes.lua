local s = "中文"
print(s:sub(1, 3), s:sub(4), s:sub(-3), #s:sub(1, 2))
