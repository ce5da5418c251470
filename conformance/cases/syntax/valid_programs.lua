-- Programs that parse.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("local t = {1, 2; 3, [4] = 4, x = 5,}")
try("f{}")
try("f''")
try("f[[long]]")
try("return not not nil, - - 1, 2^-3, #{}, 'a'..'b'..'c'")
try("x = a.b.c[d]:e(f).g")
try("local function f(...) local a, b = ... return a end")
try("for k, v in pairs({}) do end")
try("repeat local x = 1 until x == 1")
try("function a.b.c:d() end")
