-- ipairs and pairs refuse nil (a common crash when a config field is missing).
print(pcall(function() for _ in ipairs(nil) do end end))
print(pcall(function() for _ in pairs(nil) do end end))
print(pcall(function() for _ in ipairs("abc") do end end))
