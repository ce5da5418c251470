-- Lua 5.4 attributes are not Lua 5.1.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("local a <const> = 1")
