print(string.match("a\nb", "a.b") ~= nil, string.find("\n", "."))
