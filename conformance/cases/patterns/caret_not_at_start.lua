print(string.find("a^b", "a^"), string.find("^", "%^"))
