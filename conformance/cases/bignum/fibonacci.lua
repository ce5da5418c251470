local a, b = 0, 1
for i = 1, 90 do a, b = b, a + b end
print(a, b)
