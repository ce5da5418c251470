local s = "line1\nline2\n"
local n = select(2, s:gsub("\n", ""))
print(n)
