-- --[= without a second [: a short comment in Lua 5.1, an error in gopher-lua.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("--[=x\nx = 1")
try("--[x\nx = 1")
