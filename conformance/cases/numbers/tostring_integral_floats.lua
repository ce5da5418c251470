print(tostring(3.0), 3.0 .. "", tostring(-2.0), tostring(1e2), 7 / 7)
