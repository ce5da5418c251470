print(type(math.random()), type(math.randomseed(1)))
