local t = {1, 2, 3, 4, 5}
table.remove(t, 2)
table.remove(t, 2)
print(#t, table.concat(t, ","))
