print(pcall(os.time, {year = 2024}))
print(pcall(os.time, {month = 1, day = 1}))
