-- return must end its block.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("return 1 print(2)")
try("do return end print(1)")
try("return return")
