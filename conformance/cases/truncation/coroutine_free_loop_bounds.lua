local n = 0
for i = 1.5, 4.5 do n = n + 1; io.write(i, " ") end
print(n)
