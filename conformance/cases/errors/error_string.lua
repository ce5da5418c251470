-- error("msg") gets the position of the line that called error.
local function fail() error("boom") end
print(pcall(fail))
