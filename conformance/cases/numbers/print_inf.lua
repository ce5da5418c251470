-- Infinities from arithmetic print with their sign.
print(1 / 0, -1 / 0, 1e308 * 10, -1e308 * 10, 2 ^ 1024)
