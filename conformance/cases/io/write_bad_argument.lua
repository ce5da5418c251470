print(pcall(io.write, nil))
print(pcall(io.write, {}))
print(pcall(io.write, true))
