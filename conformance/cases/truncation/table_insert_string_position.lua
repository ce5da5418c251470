local t = {1, 2}
print(pcall(table.insert, t, "1", "x"))
