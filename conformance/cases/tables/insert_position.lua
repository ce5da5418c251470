local t = {"a", "c"}
table.insert(t, 2, "b")
table.insert(t, 1, "z")
print(table.concat(t, ","))
