-- A coroutine's type.
local co = coroutine.create(print)
print(type(co))
