math.randomseed(1.5)
local a = math.random(100)
math.randomseed(1)
print(a == math.random(100))
