print(tonumber("0x10"), tonumber("0X1f"), tonumber("-0x10"), tonumber("0x"), tonumber("0x1.8"), tonumber("0xg"))
