-- Lua 5.3's floor division is a syntax error.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("return 7 // 2")
