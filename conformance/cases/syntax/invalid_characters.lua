-- Characters that start no token.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("@")
try("x = $")
try("x = `a`")
try("x = 1 ! 2")
try("x = 'a' 'b'")
