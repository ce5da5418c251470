print(string.format("%G|%.3g|%.10g|%g|%.1g|%#g", 1e-10, 1234.5, 1 / 3, 0, 0.15, 1.5))
