print(0x10, 0xff, 0XA, 1e2, .5, 5., 3e-2, 1E+2, 0x7fffffff)
