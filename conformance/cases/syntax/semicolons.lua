-- gopher-lua accepts empty statements (;;), Lua 5.1 does not.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("x = 1;;")
try(";")
try("local a = 1; ; local b = 2")
try("return 1;")
try("return 1;;")
