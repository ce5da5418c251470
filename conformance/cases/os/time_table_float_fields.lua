print(os.time({year = 2024.7, month = 1.9, day = 1.2, hour = 0.5}))
