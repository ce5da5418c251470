print(os.date("!%Y", "1700000000"))
