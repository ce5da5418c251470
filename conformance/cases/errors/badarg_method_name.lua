-- A method call counts self as argument #1.
local s = "abc"
print(pcall(function() return s:rep() end))
print(pcall(function() return s:sub() end))
