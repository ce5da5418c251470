print(string.format("%v %v %v %v %t", 1.5, 10, "s", nil, true))
