print(string.format("%b %08b %#b", 5, 5, 5))
