print(string.format("100%%"), string.format("%%d"), string.format("%5.1f%%", 12.34))
