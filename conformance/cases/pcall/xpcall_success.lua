-- xpcall returns true and the results when nothing fails.
print(xpcall(function() return 1, 2, 3 end, function(e) return e end))
