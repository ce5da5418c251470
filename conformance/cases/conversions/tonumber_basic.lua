print(tonumber("10"), tonumber("  10  "), tonumber("1.5"), tonumber("-1.5"), tonumber("+5"), tonumber(""), tonumber("abc"))
