-- A yield inside a nested coroutine returns to its own resumer.
local outer = coroutine.create(function()
  local inner = coroutine.create(function()
    coroutine.yield("inner 1")
    return "inner done"
  end)
  print("o:", coroutine.resume(inner))
  coroutine.yield("outer 1")
  print("o:", coroutine.resume(inner))
  return "outer done"
end)
print(coroutine.resume(outer))
print(coroutine.resume(outer))
