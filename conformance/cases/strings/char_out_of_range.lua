-- Values outside 0..255 wrap as a byte conversion does.
local ok, s = pcall(string.char, 256, 65, -1)
print(ok, ok and #s, ok and s:byte(1, -1))
