print(string.format("%z|%y", 5, "s"))
