for _, h in ipairs({0, 1, 11, 12, 13, 23}) do
  io.write(os.date("!%I %p", h * 3600), ", ")
end
print()
