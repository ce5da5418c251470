print(string.find("a\0b", "%z"), string.gsub("a\0b\0", "%z", "0"))
