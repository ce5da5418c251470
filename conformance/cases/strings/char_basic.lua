print(string.char(72, 105), "[" .. string.char() .. "]", #string.char(0), string.char(0x41, 0x42))
