print(assert(1, 2, 3))
print(pcall(assert, false))
print(pcall(assert, nil, "msg"))
