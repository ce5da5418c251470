local ok = pcall(function() return (5):rep(2) end)
print(ok)
