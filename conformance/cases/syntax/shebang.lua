-- A #! first line in loadstring text.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("#!/usr/bin/lua\nprint(1)")
