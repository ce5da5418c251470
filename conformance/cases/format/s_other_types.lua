print(string.format("%s %s %s", nil, true, false))
