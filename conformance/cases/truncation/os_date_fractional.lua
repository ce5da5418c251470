print(os.date("!%H:%M:%S", 59.9), os.date("!%S", -0.5))
