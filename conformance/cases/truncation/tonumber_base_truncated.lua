print(tonumber("z", 36.9), tonumber("7", 8.1))
