print(string.find("hello world", "(o)(r)"))
print(string.find("key=val", "(%w+)=(%w+)"))
