print(os.time({year = 2024.9, month = 2.5, day = 10.5, hour = 6.9, min = 30.5, sec = 1.9}))
