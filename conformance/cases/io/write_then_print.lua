io.write("partial ")
print("line")
io.write("x", "y", "\n")
