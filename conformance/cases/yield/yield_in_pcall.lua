-- A yield inside pcall in a coroutine: gopher-lua cannot suspend there.
local co = coroutine.create(function()
  print("pcall:", pcall(coroutine.yield, 1))
  return "done"
end)
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co))
