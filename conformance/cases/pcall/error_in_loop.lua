-- pcall in a loop keeps going after errors.
local results = {}
for i = 1, 4 do
  local ok, e = pcall(function() if i % 2 == 0 then error("even " .. i) end return i end)
  results[#results + 1] = tostring(ok) .. ":" .. tostring(e)
end
print(table.concat(results, " "))
