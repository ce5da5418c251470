local t = os.time({year = 2024, month = 6, day = 1, hour = 12})
print(t * 1000, t * 1000 + 999, (t * 1000) % 1000)
