print(string.format("%.3d|%.3s", 5.9, "abcdef"))
