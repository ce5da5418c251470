local now = 1700000000.123456
print(os.date("%Y-%m-%d %H:%M:%S", now + 3600 * 24))
