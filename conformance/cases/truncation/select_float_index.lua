print(select(2.7, "a", "b", "c"))
print(select(-1.5, "a", "b", "c"))
