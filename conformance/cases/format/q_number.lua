print(string.format("%q %q %q", 1.5, 10, -2))
