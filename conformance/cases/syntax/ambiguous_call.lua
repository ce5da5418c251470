-- A call's ( on a new line: gopher-lua only objects after a closing parenthesis.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("local a = f\n(g)()")
try("f()\n(g)()")
try("local t = {}\nt.x = f\n('s'):len()")
