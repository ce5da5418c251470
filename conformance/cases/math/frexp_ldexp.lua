print(math.frexp(8))
print(math.frexp(0))
print(math.frexp(-3))
print(math.ldexp(0.5, 4), math.ldexp(1, -1), math.ldexp(3, 2.7))
