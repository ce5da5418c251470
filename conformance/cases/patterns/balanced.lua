print(string.match("f(a(b)c) d", "%b()"), string.find("x[[y]]", "%b[]"), string.match("no close (", "%b()"))
