-- The key in the message is the key's text: integers without a fraction, floats as Go prints them.
local t
print(pcall(function() return t[1] end))
print(pcall(function() return t[1.5] end))
print(pcall(function() return t[true] end))
