-- string.match returns no value at all when nothing matches.
print(string.match("abc", "x"))
print(select("#", string.match("abc", "x")), select("#", string.find("abc", "x")))
