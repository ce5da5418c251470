-- Modulo by zero gives NaN, not an error.
print(5 % 0, -5 % 0, 0 % 0)
