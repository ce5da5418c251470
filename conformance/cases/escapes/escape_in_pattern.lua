print(("a\tb"):find("\t"), ("x\0y"):find("\0", 1, true))
