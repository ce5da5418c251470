-- An uncaught assert.
local config = { token = nil }
assert(config.token, "config has no token")
