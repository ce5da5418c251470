-- return coroutine.yield(...) as the coroutine body's last call: the next resume fails in gopher-lua.
local f = coroutine.wrap(function(x)
  return coroutine.yield(x)
end)
print(f("t"))
print(pcall(f, "back"))
