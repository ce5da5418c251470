-- \u{...} is not an escape either.
local f = loadstring('return "\\u{48}"')
print(f())
