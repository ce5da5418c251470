print(string.format("%i %5i %-3i|", 42, -7, 3.9))
