print(string.match("abcabc", "(abc)%1"), string.find("xyzyz", "(y)z%1"), string.match("aa bb", "(%a)%1 (%a)%2"))
