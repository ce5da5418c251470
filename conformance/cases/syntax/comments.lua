-- Comments of every kind.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("-- line\nx = 1 -- trailing")
try("--[==[ long\n comment ]==] x = 1")
try("x = 1 --[[ unclosed")
