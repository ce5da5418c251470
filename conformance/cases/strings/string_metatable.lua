local mt = getmetatable("")
print(type(mt), mt.__index == string)
