local t = {"banana", "apple", "Cherry", "date"}
table.sort(t)
print(table.concat(t, " "))
