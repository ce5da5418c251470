-- The same for a recursion inside an expression.
local depth = 0
local function g() depth = depth + 1; return 1 + g() end
print(pcall(g))
print(depth)
