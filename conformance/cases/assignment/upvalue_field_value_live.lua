-- a field of an upvalue table, or of a global table, set to a local reads the local when it is set
local up = { x = 0 }
local function f()
  local v = 1
  up.x, v = v, 9
  return up.x, v
end
print(f())
gt = { x = 0 }
local function h()
  local v = 1
  gt.x, v = v, 9
  return gt.x, v
end
print(h())
