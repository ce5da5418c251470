-- Without a dot, a string is read as an integer: "1e3" is not a number.
print(tonumber("1e3"), tonumber("1.5e2"), tonumber("1E3"), tonumber(".5e1"), tonumber("5.e1"), tonumber("1.e-2"))
