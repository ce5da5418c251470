-- NaN can't be a table key.
local ok = pcall(function() local t = {}; t[0 / 0] = 1 end)
print(ok)
