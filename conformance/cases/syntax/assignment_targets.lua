-- What cannot be assigned to.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("f() = 1")
try("a.b:c = 1")
try("(a) = 1")
try("a, b() = 1, 2")
