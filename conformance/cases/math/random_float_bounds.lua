-- Bounds are truncated to integers first.
local seen = {}
for i = 1, 300 do seen[math.random(1.5, 3.9)] = true end
print(seen[1], seen[2], seen[3], seen[4])
for i = 1, 100 do seen[math.random(2.9)] = true end
print(seen[1], seen[2], seen[3])
