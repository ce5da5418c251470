local s = [[
abc]]
print(s, #s)
