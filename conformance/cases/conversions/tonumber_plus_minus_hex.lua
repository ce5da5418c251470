print(tonumber("+0x10"), tonumber(" 0x10 "), tonumber("0X10", 16))
