print(table.getn({1, 2, 3}), table.maxn({1, 2, nil, 4}), table.maxn({}), table.maxn({[1.5] = 1, [3] = 1}))
