print(io.write("x") == io.stdout)
