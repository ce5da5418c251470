local t = {3, 1, 2}
print(pcall(table.sort, t, 5))
