-- Inside a coroutine, the position is the coroutine function's line.
local co = coroutine.create(function()
  local x = nil
  return x.field
end)
print(coroutine.resume(co))
