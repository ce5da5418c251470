-- xpcall calls the handler with the error and returns what it returns.
print(xpcall(function() error("bad") end, function(e) return "handled: " .. e end))
