local t = {1, 2, 3, 4, 5}
print(unpack(t, 2))
print(unpack(t, 2, 4))
print(unpack(t, -1, 1))
print(select("#", unpack(t, 3, 2)))
