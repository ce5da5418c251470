io.stdout:write("a"):write("b"):write("\n")
