print(string.upper("abc中文def"), string.lower("ABC中文DEF"))
