-- Uncaught, the yield error ends the chunk even though it happened inside a coroutine.
local co = coroutine.create(function()
  string.gsub("xy", ".", function(c) coroutine.yield(c) end)
end)
coroutine.resume(co)
print("not reached")
