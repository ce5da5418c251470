for i = 0, 1, 0.25 do io.write(i, " ") end
print()
for i = 1, 0, -0.5 do io.write(i, " ") end
print()
