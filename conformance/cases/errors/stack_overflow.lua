-- gopher-lua's call stack holds 256 frames: recursion stops at that depth with "stack overflow".
local depth = 0
local function f() depth = depth + 1; f() end
print(pcall(f))
print(depth)
