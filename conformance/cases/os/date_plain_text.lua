print(os.date("today", 1700000000), os.date("", 1700000000) == "")
