math.randomseed(123)
local a = {}
for i = 1, 5 do a[i] = math.random(1000) end
math.randomseed(123)
local same = true
for i = 1, 5 do if math.random(1000) ~= a[i] then same = false end end
print(same)
