newglobal = 1
print(rawget(_G, "newglobal"), _G.newglobal)
newglobal = nil
print(rawget(_G, "newglobal"))
