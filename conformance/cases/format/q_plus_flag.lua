print(string.format("%+q", "中a"))
