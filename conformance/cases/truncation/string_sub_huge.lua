print(string.sub("hello", 1, 1e10), string.sub("hello", -1e10, 2), "[" .. string.sub("hello", 1e10) .. "]")
