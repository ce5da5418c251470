local function g() setfenv(1, {print = print}); print(type(string)) end
g()
print(type(string))
