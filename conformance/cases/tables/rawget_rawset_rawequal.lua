local t = setmetatable({}, {__index = function() return "meta" end, __newindex = function() end})
print(t.x, rawget(t, "x"))
t.y = 1
rawset(t, "z", 2)
print(rawget(t, "y"), t.z, rawequal(t, t), rawequal(t, {}))
