-- Doubles: no 32-bit or 64-bit wrap-around.
print(2147483647 + 1, 4294967295 + 1, 9007199254740992 + 1, 2 ^ 31 * 4)
