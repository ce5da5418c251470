-- globals take their values at the end: a swap swaps
g1, g2 = 1, 2
g1, g2 = g2, g1
print(g1, g2)
