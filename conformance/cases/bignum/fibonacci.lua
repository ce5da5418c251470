local a, b = 0, 1
for i = 1, 90 do
  local c = a + b
  a = b
  b = c
end
print(a, b)
