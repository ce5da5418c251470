print(string.gsub("aaa", "a", "b", 2))
print(string.gsub("aaa", "a", "b", 0))
print(string.gsub("aaa", "a", "b", -1))
