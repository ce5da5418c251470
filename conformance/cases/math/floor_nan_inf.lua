print(math.floor(0 / 0), math.floor(1 / 0), math.ceil(-1 / 0))
