local chars = {}
for c in string.gmatch("中文abc字", "[%z\1-\127\194-\244][\128-\191]*") do chars[#chars + 1] = c end
print(#chars, table.concat(chars, "|"))
