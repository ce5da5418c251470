local s = string.format("%c%c%c", 72, 105, 33)
print(s, #s)
print(#string.format("%c", 0), #string.format("%c", 65.9))
