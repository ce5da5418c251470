print(string.format("%s\n%s", "a", "b"))
