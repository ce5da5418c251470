local t = {a = {b = {c = 42}}}
print(t.a.b.c, #t, t.a.x)
