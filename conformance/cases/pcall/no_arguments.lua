-- pcall() with nothing to call.
print(pcall(pcall))
print(pcall(function() return pcall() end))
