local n = 0
for a in string.gmatch("aaa", "^a") do n = n + 1 end
print(n)
