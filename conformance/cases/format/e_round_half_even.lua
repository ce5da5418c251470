print(string.format("%.0e %.0e %.1e", 2.5, 3.5, 1.25))
