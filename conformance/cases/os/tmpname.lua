local n = os.tmpname()
print(type(n), #n > 0)
os.remove(n)
