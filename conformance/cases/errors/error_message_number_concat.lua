-- Errors of concatenations with numbers print as gopher-lua formats them.
print(pcall(function() return 1.5 .. nil end))
print(pcall(function() local big = 2^53 return big .. {} end))
