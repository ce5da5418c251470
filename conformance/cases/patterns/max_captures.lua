print(string.match("abcdefghij", "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)"))
