print("10" < "9", 10 < 9)
print(pcall(function() return 1 < "2" end))
