module("mymod", package.seeall)
function hello() return "hi" end
print(mymod ~= nil, type(mymod.hello), _NAME, _M == mymod)
