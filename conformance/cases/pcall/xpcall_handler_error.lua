-- An error inside the handler becomes the result.
print(xpcall(function() error("first") end, function(e) error("second") end))
