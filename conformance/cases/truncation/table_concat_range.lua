local t = {"a", "b", "c", "d"}
print(table.concat(t, ",", 1.5, 3.9), table.concat(t, ",", 2.2))
