local t = {1, 2, 3}
t[3] = nil
io.write(#t, " ")
t[2] = nil
io.write(#t, " ")
t[5] = 5
print(#t)
