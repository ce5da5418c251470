-- calls before the last value give one value each; the last call fills the remaining targets; locals, globals and
-- fields mixed among the targets each get theirs
local function four()
  return 1, 2, 30, 4
end
local function two(a, b)
  return a, b
end
local a, b, c, d
a, b, c, d = two(four()), two(four())
print(a, b, c, d)
local t = {}
local x, y
x, t.f, g, y = 5, x, four()
print(g, x, t.f, y)
local p, q, r
p, G2, q, t[p or 1], r = "p", p, four()
print(p, G2, q, t[1], t.p, r)
