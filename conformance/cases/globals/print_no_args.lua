print()
print(nil)
print("a", nil, "b")
