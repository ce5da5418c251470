print(string.format("%5.1f|%d", 2.25, 2.25))
