print(tostring(1e15), tostring(1e16), tostring(-0.0), tostring(2 ^ 63), tostring(0.1), tostring(100))
