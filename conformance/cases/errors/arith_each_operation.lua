-- Every arithmetic operator's name in the message.
local t = {}
print(pcall(function() return t + 1 end))
print(pcall(function() return t - 1 end))
print(pcall(function() return t * 1 end))
print(pcall(function() return t / 1 end))
print(pcall(function() return t % 1 end))
print(pcall(function() return t ^ 1 end))
