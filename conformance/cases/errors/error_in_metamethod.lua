-- An error raised inside a metamethod has the metamethod's position.
local t = setmetatable({}, { __index = function(_, k)
  error("no field " .. k)
end })
print(pcall(function() return t.missing end))
