-- A number never equals a string, even when they read alike.
print("1" == 1, 1 == "1", "1.0" == "1", 1 ~= "1")
