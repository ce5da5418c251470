local t = os.date("*t", 1700000000)
print(os.time(t))
