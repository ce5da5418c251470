-- The length of values that have none.
print(pcall(function() local x return #x end))
print(pcall(function() return #5 end))
print(pcall(function() return #true end))
print(pcall(function() return #print end))
print(#"abc", #{1, 2, 3})
