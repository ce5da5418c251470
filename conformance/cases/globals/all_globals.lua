local names = {}
for k in pairs(_G) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
