-- The handler receives non-string error values unchanged.
local t = { code = 7 }
print(xpcall(function() error(t) end, function(e) return type(e) .. " " .. e.code end))
