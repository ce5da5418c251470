-- Re-raising a caught message adds another position unless level 0 is used.
local ok, e = pcall(error, "first")
print(pcall(error, e))
print(pcall(error, e, 0))
