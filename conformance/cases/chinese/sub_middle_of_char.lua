local s = "中文"
print(string.byte(s:sub(2, 4), 1, -1))
