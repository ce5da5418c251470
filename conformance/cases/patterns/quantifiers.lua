print(string.match("aaab", "a*"), string.match("aaab", "a+b"), string.match("b", "a-b"), string.match("ab", "a?b"), string.match("b", "a?b"))
