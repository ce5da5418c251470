-- Many values through resume.
local co = coroutine.create(function(...) return select("#", ...), ... end)
print(coroutine.resume(co, 1, nil, 3, nil))
