print(select(2, nil, nil, 3))
