-- String methods through the string metatable.
local s = "Hello"
print(s:upper(), s:len(), ("x"):rep(3), type(s.len))
