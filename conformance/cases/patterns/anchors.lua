print(string.find("hello", "^h"), string.find("hello", "^e"), string.find("hello", "o$"), string.find("hello", "l$"))
