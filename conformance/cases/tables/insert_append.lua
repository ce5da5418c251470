local t = {}
table.insert(t, "a")
table.insert(t, "b")
print(#t, t[1], t[2])
