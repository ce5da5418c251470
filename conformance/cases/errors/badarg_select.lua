-- select's own errors.
print(pcall(function() return select("x", 1) end))
print(pcall(function() return select(-5, 1) end))
print(pcall(function() return select(nil) end))
print(select(-1, "a", "b", "c"))
print(select(2, "a", "b", "c"))
