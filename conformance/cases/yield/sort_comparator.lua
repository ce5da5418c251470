-- A yield inside a table.sort comparator in a coroutine: gopher-lua raises its error in the resumer.
local co = coroutine.create(function()
  local t = { 3, 1, 2 }
  table.sort(t, function(a, b)
    coroutine.yield("s")
    return a < b
  end)
  return "sorted"
end)
print(pcall(coroutine.resume, co))
print(coroutine.status(co))
