-- Calling a method a string does not have.
local s = "abc"
print(pcall(function() return s:nosuch() end))
