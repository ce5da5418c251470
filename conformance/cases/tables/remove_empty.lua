local t = {}
print(table.remove(t), #t)
print(select("#", table.remove(t)))
