-- Through coroutine.wrap the error reaches the caller of the wrapped function.
local f = coroutine.wrap(function()
  string.gsub("ab", "%w", function(c)
    coroutine.yield(c)
  end)
end)
print(pcall(f))
