-- The handler receives a runtime error's message with its position.
print(xpcall(function() local x return x.y end, function(e) return "H " .. e end))
