-- goto is a keyword in gopher-lua.
print(loadstring("local goto = 1") == nil)
