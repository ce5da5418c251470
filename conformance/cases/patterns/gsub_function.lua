print(string.gsub("abc", "%w", string.upper))
print(string.gsub("a b c", "%w", function(c) if c == "b" then return nil end return c .. c end))
