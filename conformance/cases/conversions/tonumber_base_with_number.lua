print(tonumber(10, 16), tonumber(1.5, 2))
