-- Small magnitudes switch to exponent form below 1e-4.
print(1e-4, 1e-5, 0.00012345, 0.000012345, 5e-324, 2 ^ -1074)
