-- Without hour, os.time takes noon.
print(os.time({year = 2024, month = 1, day = 1}))
