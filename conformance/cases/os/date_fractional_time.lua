-- coromega:now() is fractional: os.date takes the whole seconds.
print(os.date("%H:%M:%S", 1700000000.75))
print(os.date("!%Y-%m-%d %H:%M:%S", 1700000000 + 0.999))
