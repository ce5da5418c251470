print(5 % math.huge, -5 % math.huge, 5 % (1 / 0), -5 % (1 / 0))
