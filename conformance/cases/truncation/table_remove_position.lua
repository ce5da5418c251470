local t = {"a", "b", "c"}
print(table.remove(t, 1.9), table.concat(t, ","))
