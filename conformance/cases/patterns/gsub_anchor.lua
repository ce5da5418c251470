print(string.gsub("aaa", "^a", "b"))
print(string.gsub("hello", "o$", "0"))
