-- Inside a coroutine, running() is that coroutine and only that.
local co
co = coroutine.create(function()
  local r = coroutine.running()
  print(r == co, type(r), select("#", coroutine.running()))
end)
coroutine.resume(co)
