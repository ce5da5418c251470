-- pcall returns the error value as it was raised.
local t = {}
local ok, e = pcall(error, t)
print(ok, e == t)
print(pcall(error, 3.5))
print(pcall(error, false))
print(pcall(error, nil))
