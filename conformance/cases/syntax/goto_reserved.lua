-- goto is a reserved word in gopher-lua: it cannot name a variable.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("local goto = 1")
try("goto = 1")
