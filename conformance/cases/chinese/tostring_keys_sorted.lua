local t = {["乙"] = 2, ["甲"] = 1, ["丙"] = 3}
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, " "))
