print(os.time({year = 1969, month = 12, day = 31, hour = 8}))
