print(math.sin(0), math.cos(0), math.tan(0), math.asin(1), math.acos(1), math.atan(1))
print(math.floor(math.sin(math.pi) * 1e6), math.atan2(1, 1), math.atan2(-1, -1))
