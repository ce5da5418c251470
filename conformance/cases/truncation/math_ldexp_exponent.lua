print(math.ldexp(1, 3.9), math.ldexp(1, -1.5))
