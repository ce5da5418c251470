print(string.find("你好世界", "世界"), string.find("你好世界", "好", 1, true))
