local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("first\n", "second\n", 3, "\n")
f:close()
for line in io.lines(name) do io.write("[", line, "]") end
print()
os.remove(name)
