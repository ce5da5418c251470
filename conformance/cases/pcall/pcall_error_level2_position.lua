-- error level 2 through pcall: the line inside the function that called error.
local function validate(v)
  if v < 0 then error("negative", 2) end
end
print(pcall(validate, -1))
