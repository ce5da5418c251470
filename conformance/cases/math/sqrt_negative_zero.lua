print(math.sqrt(-0.0), math.sqrt(0), math.sqrt(1 / 0))
