print(string.gsub("hello world", "o", "0"))
print(string.gsub("hello", "", "-"))
