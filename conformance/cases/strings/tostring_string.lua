print(tostring("x"), tostring(""), type(tostring(1)))
