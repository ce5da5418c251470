local t = {}
table.insert(t, 1.5)
table.insert(t, 10 / 2)
print(t[1], t[2])
