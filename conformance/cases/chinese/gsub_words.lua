print(string.gsub("你好世界，世界你好", "世界", "朋友"))
