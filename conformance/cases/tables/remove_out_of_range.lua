local t = {"a", "b"}
print(pcall(table.remove, t, 5))
print(pcall(table.remove, t, 0))
print(#t)
