print(tonumber("0x10", 16), tonumber("10", 10), tonumber("1.5", 16), tonumber("-ff", 16), tonumber("+11", 2))
