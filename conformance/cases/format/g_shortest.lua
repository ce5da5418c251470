print(string.format("%g %g %g %g", 0.1, 1 / 3, 2 / 3, 1e21))
