-- An error in a coroutine does not stop the main chunk.
local co = coroutine.create(function() error("inner failure") end)
local ok, e = coroutine.resume(co)
print("still running", ok, e)
