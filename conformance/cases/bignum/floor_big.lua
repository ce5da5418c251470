print(math.floor(2 ^ 60 + 0.5), math.floor(1e20 + 0.5), math.floor(-1e20))
