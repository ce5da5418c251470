-- A yield inside __call is an ordinary call: it works.
local co = coroutine.create(function()
  local t = setmetatable({}, { __call = function(self, a) return coroutine.yield(a) end })
  local r = t("A")
  return "got " .. r
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "R"))
