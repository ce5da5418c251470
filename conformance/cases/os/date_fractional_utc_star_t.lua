local t = os.date("!*t", 1700000000.9)
print(t.sec, t.min, t.hour)
