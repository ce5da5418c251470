local t = {"a", "b", "c"}
print(table.remove(t), #t, table.concat(t, ","))
