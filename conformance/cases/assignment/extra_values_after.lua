-- values beyond the targets are computed after the targets before them were assigned
local u = 1
u = 2, print("u is", u)
local a, b = 1, 2
a, b = b, a, print("a, b are", a, b)
