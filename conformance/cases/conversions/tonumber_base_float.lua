print(tonumber("ff", 16.9), tonumber("11", 2.5))
