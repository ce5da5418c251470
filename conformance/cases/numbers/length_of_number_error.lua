local ok, err = pcall(function() return #5 end)
print(ok)
