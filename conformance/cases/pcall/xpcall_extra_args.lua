-- gopher-lua's xpcall (Lua 5.1) does not pass extra arguments to the function.
print(xpcall(function(...) return select("#", ...), ... end, print, 1, 2))
