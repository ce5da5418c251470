print(("abc"):upper(), ("%d"):format(5), ("a,b"):find(","), ("x"):rep(3))
