-- %c writes the code point as UTF-8.
local s = string.format("%c", 20013)
print(s, #s, #string.format("%c", 200), #string.format("%c", 127))
