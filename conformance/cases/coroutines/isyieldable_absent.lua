-- Lua 5.1's coroutine library: no isyieldable.
print(coroutine.isyieldable)
local names = {}
for k in pairs(coroutine) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
