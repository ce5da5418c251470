-- Label and goto errors are compile errors in gopher-lua's wording.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("::a:: ::a::")
try("goto nowhere")
try("do goto l end local x = 1 ::l:: print(x)")
