print((string.format("%s", {}):gsub("0x%x+", "ADDR")))
