print(unpack({1, 2, 3, 4}, 1.5, 3.5))
print(unpack({1, 2, 3}, 2.9))
