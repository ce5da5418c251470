print(string.format("%05s|%-05s|", "ab", "ab"))
