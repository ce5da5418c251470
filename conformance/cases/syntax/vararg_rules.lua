-- ... outside a vararg function; the main chunk is one.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("function f() return ... end")
try("return ...")
try("local f = function(a, ...) return ... end")
