print(select("#", unpack({})))
print(unpack({}, 1, 2))
