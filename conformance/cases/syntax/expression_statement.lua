-- An expression that is not a call cannot stand alone.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("x")
try("x y = 1")
try("1 + 1")
try("(f)")
