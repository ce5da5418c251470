-- Only the handler's first result is kept.
print(xpcall(function() error("e") end, function(e) return "a", "b" end))
