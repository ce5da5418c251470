local n = 0
for w in string.gmatch("a,,b", "[^,]*") do n = n + 1; io.write("[", w, "]") end
print(n)
