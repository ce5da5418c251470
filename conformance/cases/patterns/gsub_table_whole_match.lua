print(string.gsub("one two", "%w+", {one = "1"}))
