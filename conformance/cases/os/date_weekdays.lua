for d = 0, 6 do io.write(os.date("!%w %a %A", d * 86400), "; ") end
print()
