for m = 1, 12 do io.write(os.date("!%b %B", os.time({year = 2023, month = m, day = 15, hour = 12})), "; ") end
print()
