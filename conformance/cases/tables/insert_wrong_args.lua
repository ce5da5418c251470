print(pcall(table.insert, {}))
print(pcall(table.insert, {}, 1, 2, 3))
