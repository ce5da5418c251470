local name = os.tmpname()
local f = io.open(name, "w") f:write("x\ny\n") f:close()
f = io.open(name)
for l in f:lines() do io.write(l, ";") end
print()
f:close()
os.remove(name)
