-- gopher-lua counts error levels from the function that called error, so level 2 is that function's line.
local function check(x)
  if not x then
    error("check failed", 2)
  end
end
local function caller()
  check(false)
end
print(pcall(caller))
