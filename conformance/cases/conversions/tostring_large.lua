print(tostring(123456789012345678), tostring(2 ^ 70), tostring(-2 ^ 70))
