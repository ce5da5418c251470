print(pcall(os.difftime, 10))
