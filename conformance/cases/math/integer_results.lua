print(math.floor(-0.0), math.ceil(-0.5), 1 / math.ceil(-0.5))
