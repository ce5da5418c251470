-- Numbers concatenate in the same text print uses.
print(1 .. 2, 1.5 .. "", 10 / 2 .. "x", 2 ^ 63 .. "", 1e100 .. "", -0.0 .. "")
