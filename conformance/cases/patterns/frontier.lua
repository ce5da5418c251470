-- gopher-lua reads %f as a plain class letter.
print(pcall(string.find, "THE (quick) fox", "%f[%a]%a+"))
print(string.find("of", "%f"))
