-- __newindex is not called when the key exists, even with a nil-valued update.
local calls = 0
local t = setmetatable({ a = 1 }, { __newindex = function(tbl, k, v) calls = calls + 1 rawset(tbl, k, v) end })
t.a = nil
t.a = 2
print(calls, t.a)
