math.randomseed(7)
local ok = true
for i = 1, 100 do
  local v = math.random(2.9)
  if v < 1 or v > 2 then ok = false end
  local w = math.random(10.5, 11.5)
  if w ~= 10 and w ~= 11 then ok = false end
end
print(ok)
