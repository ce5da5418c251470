print(string.gsub("aaaa", "a", "b", 2.9), string.gsub("aaaa", "a", "b", 0.5))
