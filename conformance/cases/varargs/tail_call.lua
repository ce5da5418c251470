local function count(n, ...) if n == 0 then return select("#", ...) end return count(n - 1, n, ...) end
print(count(100))
