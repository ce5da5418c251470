-- A function that returns nothing: pcall returns only true.
print(select("#", pcall(function() end)))
