print(unpack({1, nil, 3}))
print(unpack({1, nil, 3}, 1, 3))
print(select("#", unpack({nil, nil}, 1, 2)))
