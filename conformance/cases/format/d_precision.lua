print(string.format("%.3d|%5.3d|%.0d|%.0d|", 7, 7, 0, 5))
