-- pcall of a value that cannot be called returns false and a message without a position.
print(pcall(nil))
print(pcall(42))
print(pcall({}))
print(pcall("print"))
