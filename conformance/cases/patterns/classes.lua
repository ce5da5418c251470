local s = "aZ 9_.\t\n!"
for _, c in ipairs({"%a", "%d", "%s", "%w", "%x", "%p", "%c", "%u", "%l"}) do
  io.write(c, "=", select(2, s:gsub(c, "")), " ")
end
print()
