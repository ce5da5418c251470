print(pcall(string.gsub, "abc", "b", {b = {}}))
