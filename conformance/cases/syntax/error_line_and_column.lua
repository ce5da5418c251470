-- The position points at the end of the offending token, on its line.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("x = 10\n\n  y = = 3")
try("print('hello')\nprint(\"abc)\n")
try("local s = 'é' +")
