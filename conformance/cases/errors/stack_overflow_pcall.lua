-- pcall's own frames count too.
local depth = 0
local function h() depth = depth + 1; pcall(h) end
h()
print(depth)
