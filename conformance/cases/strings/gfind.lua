print(string.gfind ~= nil)
for w in string.gfind("x y", "%a") do io.write(w) end
print()
