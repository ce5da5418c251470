-- Number literals gopher-lua's scanner reads differently from Lua 5.1.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("return 0x")
try("return 0x1p4")
try("return 3..2")
try("return 1.2.3")
try("return 08, .5, 5., 1e5, 0xfF")
