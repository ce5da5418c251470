-- A yield inside a for-in iterator function in a coroutine.
local co = coroutine.create(function()
  local n = 0
  for x in function() n = n + 1 if n > 2 then return nil end coroutine.yield(n) return n end do end
  return "done"
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
