-- goto and labels (gopher-lua has them, Lua 5.1 does not).
for i = 1, 3 do
  if i == 2 then goto continue end
  print(i)
  ::continue::
end
