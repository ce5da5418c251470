print(string.gsub("abc", "b", function() return false end))
