print(tostring(nil), tostring(true), tostring(false), type(tostring(print)), (tostring(print):gsub("0x%x+", "ADDR")))
