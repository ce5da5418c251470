print(os.difftime(10, 5), os.difftime(5, 10), os.difftime(1.5, 0.25))
