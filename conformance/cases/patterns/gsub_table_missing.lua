-- A nil or false value keeps the match.
print(string.gsub("$a $b $c", "%$(%w+)", {a = "1", b = false}))
