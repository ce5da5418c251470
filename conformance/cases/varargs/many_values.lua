local t = {}
for i = 1, 250 do t[i] = i end
print(select("#", unpack(t)), (select(250, unpack(t))))
