local parts = {}
for p in ("a,b,,c"):gmatch("([^,]+)") do parts[#parts + 1] = p end
print(#parts, table.concat(parts, "|"))
