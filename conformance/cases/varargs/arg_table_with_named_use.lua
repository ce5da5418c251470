local function f(...) local n = select("#", ...); return arg, n end
print(f(1, 2))
