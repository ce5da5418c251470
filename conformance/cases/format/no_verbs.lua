print(string.format("hello"), string.format(""), string.format("%d"))
