-- \z does not skip the line break: the string is unterminated.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
try('return "a\\z\n   b"')
