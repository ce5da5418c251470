local t = {"a", "b", "c", "d"}
print(table.concat(t, "-", 2), table.concat(t, "-", 2, 3), "[" .. table.concat(t, "-", 3, 2) .. "]")
