for p in string.gmatch("abc", "()") do io.write(p, " ") end
print()
