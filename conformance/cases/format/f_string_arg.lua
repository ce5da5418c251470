print(string.format("%f|%5.1f|%e", "1.5", "2", "3"))
