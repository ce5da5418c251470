-- Nested [[ inside a long string or comment: refused by Lua 5.1, accepted by gopher-lua.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("x = [[ a [[ b ]]")
try("--[[ a [[ b ]]\nx = 1")
try("x = [==[ a ]] b ]==]")
