print(pcall(string.gsub, "abc", "b", true))
