print(string.format("%q", "玩家：你好\n"))
