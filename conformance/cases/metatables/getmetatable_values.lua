-- getmetatable of plain values; strings share one metatable whose __index is string.
print(getmetatable({}), getmetatable(1), getmetatable(nil))
print(getmetatable("x").__index == string)
