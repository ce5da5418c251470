print(math.fmod(-6, 3), math.fmod(6, -3))
