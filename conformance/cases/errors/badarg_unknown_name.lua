-- A call through an expression that is not a name or field: "?".
local fns = { ipairs }
print(pcall(function() return fns[1](nil) end))
print(pcall(function() return (ipairs)(nil) end))
