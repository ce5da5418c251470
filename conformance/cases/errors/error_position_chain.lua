-- Index errors in chains written over several lines: the line where the chain starts.
local data = { list = {} }
print(pcall(function()
  return data
    .list
    .first
    .name
end))
print(pcall(function()
  local k = "x"
  return data.list[k]
    [k]
end))
print(pcall(function()
  return data.missing
    :method()
end))
