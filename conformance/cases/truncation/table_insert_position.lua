local t = {"a", "c"}
table.insert(t, 2.7, "b")
print(table.concat(t, ","))
