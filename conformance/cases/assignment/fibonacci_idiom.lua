-- `a, b = b, a + b` reads the new `a`
local a, b = 0, 1
local seen = {}
for _ = 1, 8 do
  a, b = b, a + b
  seen[#seen + 1] = a .. "/" .. b
end
print(table.concat(seen, " "))
