-- Runtime errors caught by pcall carry their position.
local function try(f) local ok, e = pcall(f) print(ok, e) end
try(function() local t = nil; return t.x end)
try(function() return nil .. "x" end)
try(function() return {} + 1 end)
