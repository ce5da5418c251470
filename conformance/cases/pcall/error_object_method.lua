-- A structured error object with fields survives pcall.
local function fail() error({ code = 404, msg = "not found" }) end
local ok, e = pcall(fail)
print(ok, e.code, e.msg)
