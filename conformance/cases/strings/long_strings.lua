local a = [[
first line
second]]
local b = [==[with ]] inside]==]
print(a)
print(b, #a)
