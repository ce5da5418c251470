local function f(...) local t = {...}; return #t, select("#", ...) end
print(f(1, nil, 3))
print(f(nil, nil))
print(f())
