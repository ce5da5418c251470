-- break outside a loop, and break not last in its block.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("break")
try("while true do break break end")
try("while true do break end")
try("if x then break end")
