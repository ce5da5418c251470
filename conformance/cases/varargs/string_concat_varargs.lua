local function cat(...) return table.concat({...}, ",") end
print(cat(1, 2, 3), cat())
