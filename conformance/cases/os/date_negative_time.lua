print(os.date("!%Y-%m-%d", -86400))
print(os.date("!%Y", -1))
