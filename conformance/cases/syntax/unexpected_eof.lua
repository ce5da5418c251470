-- Incomplete statements at the end of the text.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("x = ")
try("if x then")
try("f(")
try("return 1 +")
try("function f()")
