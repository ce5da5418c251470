-- Errors inside a chunk from loadstring carry its chunk name.
local f = loadstring("local x = nil\nreturn x.y")
print(pcall(f))
local g = loadstring("error('inside')", "mychunk")
print(pcall(g))
local h = loadstring("error('named')", "=named")
print(pcall(h))
