print(pcall(dofile, "surely-missing.lua"))
