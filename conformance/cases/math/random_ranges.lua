math.randomseed(42)
local ok = true
for i = 1, 200 do
  local a, b, c = math.random(), math.random(10), math.random(5, 7)
  if a < 0 or a >= 1 or b < 1 or b > 10 or b % 1 ~= 0 or c < 5 or c > 7 then ok = false end
end
print(ok)
