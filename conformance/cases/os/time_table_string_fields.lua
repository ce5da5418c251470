print(os.time({year = "2024", month = "2", day = "3", hour = "4"}))
