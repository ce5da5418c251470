print(string.match("abc", "((a)(b))"))
