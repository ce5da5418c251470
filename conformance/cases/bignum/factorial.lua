local f = 1
for i = 1, 25 do f = f * i; if i >= 18 then io.write(i, "! = ", f, "\n") end end
