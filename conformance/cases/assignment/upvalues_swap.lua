-- upvalues take their values at the end: a swap swaps
local u1, u2 = 1, 2
local function swap()
  u1, u2 = u2, u1
end
swap()
print(u1, u2)
local function mix()
  local l = u1
  l, u1 = u1 + 100, l
end
mix()
print(u1)
