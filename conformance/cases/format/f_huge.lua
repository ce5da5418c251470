print(string.format("%.0f", math.huge))
