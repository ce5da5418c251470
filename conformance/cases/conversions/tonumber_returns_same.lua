local x = 1.5
print(tonumber(x) == x, tonumber("0.1") == 0.1)
