local t = {{n = "b", v = 2}, {n = "a", v = 1}, {n = "c", v = 3}}
table.sort(t, function(x, y) return x.n < y.n end)
for _, r in ipairs(t) do io.write(r.n, r.v, " ") end
print()
