-- A wrapped coroutine as a for-in iterator.
local function range(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i, i * i) end
  end)
end
for i, sq in range(4) do print(i, sq) end
