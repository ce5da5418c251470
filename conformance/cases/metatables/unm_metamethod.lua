-- __unm on a table.
local v = setmetatable({ x = 3 }, { __unm = function(a) return -a.x end })
print(-v)
