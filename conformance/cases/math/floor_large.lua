print(math.floor(2 ^ 60 + 0.5), math.floor(-2 ^ 53 - 0.5), math.ceil(1e300))
