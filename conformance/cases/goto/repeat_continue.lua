local i = 0
repeat
  i = i + 1
  if i == 2 then goto cont end
  io.write(i, " ")
  ::cont::
until i >= 4
print()
