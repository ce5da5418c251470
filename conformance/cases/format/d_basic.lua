print(string.format("%d|%5d|%-5d|%05d|%+d|% d", 42, 42, 42, 42, 42, 42))
