-- pcall inside a coroutine catches errors there.
local co = coroutine.create(function()
  local ok, e = pcall(function() error("in co") end)
  coroutine.yield(ok, e)
  return "end"
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
