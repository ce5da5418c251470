print(os.time({year = 2024, month = 13, day = 1, hour = 0}), os.time({year = 2024, month = 3, day = 0, hour = 0}))
print(os.time({year = 2024, month = 1, day = 1, hour = 25}), os.time({year = 2024, month = 1, day = 1, hour = 0, min = -1}))
