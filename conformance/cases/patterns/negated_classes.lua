local s = "aZ 9_.!"
print(s:gsub("%A", "#"))
print(s:gsub("%D", "#"))
print(s:gsub("%S", "#"))
print(s:gsub("%W", "#"))
