-- A method call on nil indexes it with the method's name.
local s = nil
print(pcall(function() return s:upper() end))
