-- A yield in a function run by xpcall in a coroutine.
local co = coroutine.create(function()
  return xpcall(function() coroutine.yield(9) return 1 end, function(e) return e end)
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
