local t = {1, 2}
table.insert(t, nil)
print(#t)
