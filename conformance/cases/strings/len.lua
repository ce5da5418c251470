print(#"abc", string.len("hello"), ("x"):len(), #"", string.len("a\0b"))
