-- NaN prints as NaN, never equals itself.
local nan = 0 / 0
print(nan, -nan, nan ~= nan, nan == nan, tostring(nan))
