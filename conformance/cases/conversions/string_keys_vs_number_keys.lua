local t = {}
t[1] = "num"
t["1"] = "str"
print(t[1], t["1"], t[1.0])
