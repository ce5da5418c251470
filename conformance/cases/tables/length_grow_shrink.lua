local t = {}
for i = 1, 10 do t[i] = i end
for i = 1, 10, 2 do t[i] = nil end
print(#t)
