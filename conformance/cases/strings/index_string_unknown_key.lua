local s = "abc"
print(s.foo, s.len == string.len)
