-- __index tables chain (class inheritance).
local Base = { hello = function() return "base hello" end, kind = "base" }
Base.__index = Base
local Derived = setmetatable({ kind = "derived" }, Base)
Derived.__index = Derived
local obj = setmetatable({}, Derived)
print(obj.hello(), obj.kind, obj.missing)
