-- gopher-lua keeps a %x that is not %0-%9 as it is.
print(string.gsub("abc", "b", "%%"))
print(string.gsub("abc", "b", "%x"))
print(string.gsub("abc", "b", "100%"))
