-- A yield inside a string.gsub callback in a coroutine.
local co = coroutine.create(function()
  return (string.gsub("abc", "%w", function(c)
    coroutine.yield(c)
    return c:upper()
  end))
end)
print(pcall(coroutine.resume, co))
print(coroutine.status(co))
