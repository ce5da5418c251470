-- %q output reads back as the same string only for plain text.
local s = "line1\nline2 \"q\""
local back = loadstring("return " .. string.format("%q", s))()
print(back == s)
