-- Exact halves round to even.
print(string.format("%.0f %.0f %.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, 3.5, -0.5, -2.5))
print(string.format("%.1f %.1f %.2f %.2f %.3f", 0.25, 0.35, 1.005, 0.125, 1.0005))
