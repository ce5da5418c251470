print(tonumber("\t5\n"), tonumber("\r5"), tonumber("5\r"), tonumber(" 5 "), tonumber("5 5"), tonumber("\v5"))
