-- An uncaught ipairs(nil).
local cfg = {}
for i, v in ipairs(cfg.players) do print(i, v) end
