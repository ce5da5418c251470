local t = {"a", "b", "c"}
print(table.remove(t, 1), #t, table.concat(t, ","))
