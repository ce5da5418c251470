io.write("a")
io.write("b")
