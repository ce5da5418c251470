local function id(...) return ... end
print(id(1, nil, 3))
print(select("#", id(nil, nil)))
print(id())
