-- The position is the line of the failing operation inside a multi-line expression.
local data = {}
local function read()
  local v =
    data.a
      .b
  return v
end
print(pcall(read))
