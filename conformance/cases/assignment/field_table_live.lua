-- a field's table held in a local is read when the field is set
local x1 = { v = 1 }
local x2 = { v = 2 }
x1, x1.v = x2, 9
print(x1 == x2, x2.v)
local y1 = { v = 1 }
local y2 = { v = 2 }
local old = y1
y1.v, y1 = 9, y2
print(y1 == y2, y2.v, old.v)
