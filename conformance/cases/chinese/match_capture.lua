print(string.match("玩家Steve说：你好", "玩家(%w+)说：(.+)"))
