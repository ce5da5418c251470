print(pcall(io.open, "x.txt", "q"))
