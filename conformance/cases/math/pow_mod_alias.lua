print(math.pow(2, 0.5), math.mod(7, 3), math.mod(-7, 3))
