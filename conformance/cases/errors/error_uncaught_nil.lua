-- An uncaught error(nil).
print("start")
error(nil)
