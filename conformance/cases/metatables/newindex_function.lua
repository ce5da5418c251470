-- __newindex runs for absent keys only.
local log = {}
local t = setmetatable({ present = 1 }, { __newindex = function(tbl, k, v) log[#log + 1] = k .. "=" .. tostring(v); rawset(tbl, k, v) end })
t.present = 2
t.fresh = 3
t.fresh = 4
print(table.concat(log, ","), t.present, t.fresh)
