-- Catching and re-raising with level 0 keeps the message.
local ok, e = pcall(function()
  local ok2, e2 = pcall(function() error("deep") end)
  error(e2, 0)
end)
print(ok, e)
