-- A pcall inside a pcall: the inner one catches.
print(pcall(function()
  local ok, e = pcall(function() error("inner") end)
  print("inner:", ok, e)
  error("outer")
end))
