local s = "abc-123]xyz"
print(s:gsub("[abc]", "."))
print(s:gsub("[^abc]", "."))
print(s:gsub("[a-c%d]", "."))
print(s:gsub("[]]", "."))
print(s:gsub("[a-]", "."))
print(s:gsub("[%-]", "."))
