print(os.date("%c", 1700000000))
print(os.date("!%c", 86400 * 365))
