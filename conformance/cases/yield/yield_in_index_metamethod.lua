-- A yield inside an __index function in a coroutine.
local co = coroutine.create(function()
  local t = setmetatable({}, { __index = function(_, k) coroutine.yield(k) return 1 end })
  return t.x
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
