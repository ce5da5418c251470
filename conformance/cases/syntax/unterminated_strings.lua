-- Unterminated strings and long strings.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try("x = 'abc")
try("x = 'abc\ny = 1")
try("x = [[abc")
try("--[[ abc")
