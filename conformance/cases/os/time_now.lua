local t = os.time()
print(type(t), t > 1.7e9, t % 1 == 0)
