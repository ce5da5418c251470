print(pcall(io.lines, "surely-missing.txt"))
