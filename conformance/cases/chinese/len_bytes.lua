print(#"中文", string.len("你好世界"), #"a中b", ("玩家"):len())
