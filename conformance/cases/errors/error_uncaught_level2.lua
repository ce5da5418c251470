-- An uncaught error with level 2.
local function need(v, name)
  if v == nil then error("missing " .. name, 2) end
  return v
end
need(nil, "token")
