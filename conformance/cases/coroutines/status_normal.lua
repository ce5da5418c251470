-- A coroutine that resumed another is "normal" to it.
local outer
outer = coroutine.create(function()
  local inner = coroutine.create(function()
    print("outer seen from inner:", coroutine.status(outer))
  end)
  coroutine.resume(inner)
end)
coroutine.resume(outer)
