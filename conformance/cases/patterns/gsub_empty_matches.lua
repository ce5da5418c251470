print(string.gsub("abc", "x*", "-"))
print(string.gsub("abc", "%w*", "-"))
print(string.gsub("", "x*", "-"))
