print(string.format("%f", 1e20))
print(string.format("%.0f", 2 ^ 63))
print(string.format("%.3f", 1e-10))
print(string.format("%.1f", 123456789012345678))
