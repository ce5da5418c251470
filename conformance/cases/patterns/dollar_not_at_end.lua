print(string.find("a$b", "$b"), string.find("a$", "a$"), string.find("$", "$"))
