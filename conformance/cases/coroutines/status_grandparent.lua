-- gopher-lua calls only the direct resumer "normal"; one further up reads "suspended".
local a
a = coroutine.create(function()
  local b = coroutine.create(function()
    local c = coroutine.create(function()
      print("a from c:", coroutine.status(a))
    end)
    coroutine.resume(c)
  end)
  coroutine.resume(b)
end)
coroutine.resume(a)
