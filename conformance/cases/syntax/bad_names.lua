-- A number or keyword where a name is needed.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("local 1 = 2")
try("local end = 1")
try("function 5() end")
