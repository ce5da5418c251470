print(string.gsub("a.b.c", "%.", "/"))
print(string.gsub("1+1=2", "%+", " plus "))
print(string.find("50%", "%%"))
