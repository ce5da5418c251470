for w in string.gmatch("one two  three", "%a+") do io.write("[", w, "]") end
print()
