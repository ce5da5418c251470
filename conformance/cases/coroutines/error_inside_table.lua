-- A table error value comes back through resume unchanged.
local err = { code = 1 }
local co = coroutine.create(function() error(err) end)
local ok, e = coroutine.resume(co)
print(ok, e == err)
