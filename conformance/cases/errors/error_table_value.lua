-- A table error value comes back as it was thrown.
local err = { code = 42 }
local ok, e = pcall(function() error(err) end)
print(ok, e == err, e.code)
