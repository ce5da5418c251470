-- Lua 5.1: math.log takes one argument.
print(math.log(8, 2), math.log(100, 10))
