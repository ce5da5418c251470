-- Missing then / do / end.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("if x print(1) end")
try("while x print(1) end")
try("for i = 1, 2 print(i) end")
try("for i=1 do end")
