-- << and >> read as two comparison operators.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("return 1 << 2")
try("return 1 >> 2")
