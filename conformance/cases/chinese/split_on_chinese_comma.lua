local parts = {}
for p in string.gmatch("苹果，香蕉，橙子", "([^，]+)") do parts[#parts + 1] = p end
print(#parts, table.concat(parts, "/"))
