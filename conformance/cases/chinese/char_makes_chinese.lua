print(string.char(228, 184, 173, 230, 150, 135))
