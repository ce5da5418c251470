print(math.exp(1000), math.exp(-1000))
