print(math.sinh(0), math.cosh(0), math.tanh(0), math.sinh(1), math.tanh(100))
