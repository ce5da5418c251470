-- tostring of a caught message.
local ok, e = pcall(function() error("x") end)
print(type(e), tostring(e), #e)
