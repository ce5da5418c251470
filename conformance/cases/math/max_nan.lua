print(math.max(0 / 0, 1), math.max(1, 0 / 0), math.min(0 / 0, 1))
