print(string.find("a.b", "%."), string.find("a]b", "%]"), string.gsub("(x)", "%(", "["))
