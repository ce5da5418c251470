local t = 1700000000
for _, f in ipairs({"a", "A", "b", "B", "c", "d", "H", "I", "m", "M", "p", "S", "w", "x", "X", "y", "Y", "Z", "z"}) do
  io.write(f, "=[", os.date("%" .. f, t), "] ")
end
print()
