-- More local variables than gopher-lua's 200 registers.
local function try(src) local f, e = loadstring(src) if f then print("ok") else print(e) end end
local names = {}
for i = 1, 210 do names[i] = "v" .. i end
try("local " .. table.concat(names, ", ") .. " = 1")
local few = {}
for i = 1, 150 do few[i] = "v" .. i end
try("local " .. table.concat(few, ", ") .. " = 1")
