-- __gc and __mode are accepted and change nothing visible here.
local t = setmetatable({}, { __gc = function() end, __mode = "k" })
t[1] = "x"
print(t[1], getmetatable(t).__mode)
