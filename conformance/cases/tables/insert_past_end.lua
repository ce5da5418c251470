local t = {"a"}
print(pcall(table.insert, t, 5, "x"))
print(#t, t[5])
