local x = 0
for i = 1, 10 do x = x + 0.1 end
print(x, x == 1, string.format("%.17g", x))
