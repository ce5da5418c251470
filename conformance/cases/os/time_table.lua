print(os.time({year = 2024, month = 1, day = 1, hour = 0}))
print(os.time({year = 2024, month = 1, day = 1, hour = 8, min = 30, sec = 15}))
