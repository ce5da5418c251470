-- Level 3 is one function further up.
local function f() error("deep", 3) end
local function g()
  f()
end
local function h()
  g()
end
print(pcall(h))
