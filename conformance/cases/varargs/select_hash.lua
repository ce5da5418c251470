print(select("#"), select("#", nil), select("#", 1, nil, nil), select("#", nil, nil, 3))
