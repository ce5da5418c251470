print(string.find("hello", "l", 3.7), string.find("hello", "l", 4.2), string.find("abcabc", "abc", 1.5, true))
