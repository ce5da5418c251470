print(table.concat({1, 2}, 0))
