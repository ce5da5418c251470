local f, err, code = io.open("surely/missing/file.txt")
print(f, err, code)
