print(math.sqrt(16), math.sqrt(2), math.pow(2, 10), math.exp(0), math.exp(1), math.sqrt(-1))
