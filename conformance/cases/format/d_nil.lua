print(string.format("%d", nil))
