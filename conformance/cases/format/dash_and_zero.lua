print(string.format("%-05d|%0-5d|", 7, 7))
