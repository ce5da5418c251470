-- The plugin file itself does not parse.
print("never printed")
local x = = 1
