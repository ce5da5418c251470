-- An error inside a coroutine: resume returns false and the message with its position.
local co = coroutine.create(function()
  local t = nil
  return t.x
end)
print(coroutine.resume(co))
