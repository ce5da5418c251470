local t = 1700000000
for _, f in ipairs({"c", "H", "p", "x", "Z", "z"}) do
  io.write(f, "=[", os.date("!%" .. f, t), "] ")
end
print()
