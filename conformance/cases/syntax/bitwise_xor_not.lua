-- A lone ~ (xor, bitwise not).
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("return 1 ~ 2")
try("return ~1")
try("return 1 ~= 2")
