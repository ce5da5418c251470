print(os.date("%j|%e|%Q|%%|%", 1700000000))
