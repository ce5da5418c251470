print(table.concat({1, 2.5, 10 / 2, 1e100}, " "))
