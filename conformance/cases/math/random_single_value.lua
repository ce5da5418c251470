print(math.random(1, 1), math.random(5, 5), math.random(1))
