print(loadfile("surely-missing.lua"))
