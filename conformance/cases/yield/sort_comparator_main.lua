-- table.sort on the main chunk with a yielding comparator.
local t = { 3, 1, 2 }
print(pcall(table.sort, t, function(a, b)
  coroutine.yield()
  return a < b
end))
