-- load with a reader function.
local parts = { "return ", "1 + ", "2" }
local i = 0
local f = load(function() i = i + 1 return parts[i] end)
print(f())
print(type(load(function() return nil end)))
print(select(2, load(function() i = i + 1 return ({ "x", " = " })[i - 3] end)))
