-- a call among the values sees the locals assigned before it; a call last fills the remaining targets
local function two()
  return 7, 8
end
local a, b = 1, 2
a, b = b, tostring(a)
print(a, b)
local c, d, e = 1, 2, 3
c, d, e = e, two()
print(c, d, e)
local f, g = 1, 2
f, g = two()
print(f, g)
