-- The chunk name in syntax errors: <string> by default, else the name given.
print(select(2, loadstring("x =")))
print(select(2, loadstring("x =", "config")))
print(select(2, loadstring("x = = 1", "=named")))
