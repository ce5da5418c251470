print(math.log(1), math.log(math.exp(2)), math.log10(1000), math.log(0), math.log(-1))
