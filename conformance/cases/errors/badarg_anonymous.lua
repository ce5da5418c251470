-- Called by pcall (a Go function), a library function is "(anonymous)"; the position is still the caller's line.
print(pcall(select, 0))
print(pcall(ipairs))
print(pcall(string.rep))
print(pcall(setmetatable, {}, 5))
