local function outer(...) local n = select("#", ...); local a = {...}; return function() return n, a[1] end end
print(outer(7, 8)())
