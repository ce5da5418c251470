print(tonumber("ff", 16), tonumber("11", 2), tonumber("z", 36), tonumber("8", 8), tonumber("777", 8), tonumber("ZZ", 36))
