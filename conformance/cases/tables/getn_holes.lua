print(table.getn({1, 2, nil, 4}), table.getn({n = 5}))
