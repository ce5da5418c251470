print(string.match("<a><b>", "<(.-)>"), string.match("<a><b>", "<(.*)>"))
