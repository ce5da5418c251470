-- An uncaught call error.
local cfg = {}
cfg.load()
