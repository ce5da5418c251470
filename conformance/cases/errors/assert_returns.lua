-- assert returns all its arguments.
print(assert(1, 2, 3))
print(select("#", assert(true, nil, nil)))
