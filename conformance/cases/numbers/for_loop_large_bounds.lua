local n = 0
for i = 2 ^ 52 - 2, 2 ^ 52 do n = n + 1; io.write(i, " ") end
print(n)
