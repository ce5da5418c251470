print(string.match("hello", "()ll()"))
print(string.find("hello", "()l"))
