local a, b = {}, {}
print(a == b, a == a)
