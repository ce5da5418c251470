-- An uncaught concatenation error.
local name
print("hello " .. name)
