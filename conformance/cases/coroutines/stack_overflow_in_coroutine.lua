-- Each coroutine has its own 256-frame stack.
local depth = 0
local function g() depth = depth + 1; return 1 + g() end
local co = coroutine.create(function() g() end)
print(coroutine.resume(co))
print(depth)
