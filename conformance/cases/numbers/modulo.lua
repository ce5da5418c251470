-- Lua's floored modulo on doubles.
print(5 % 3, -5 % 3, 5 % -3, -5 % -3, 5.5 % 2, -5.5 % 2, 5 % 1.5)
