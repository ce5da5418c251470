-- __newindex as a table stores into that table.
local store = {}
local t = setmetatable({}, { __newindex = store })
t.x = 10
print(rawget(t, "x"), store.x)
