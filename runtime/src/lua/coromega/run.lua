-- Coromega: start_new, halt, run; the global `from`.
-- Part of require("coromega"): see coromega.lua.
local host, lib = ...
local new_session, Coromega = lib.new_session, lib.Coromega

-- running
function Coromega:start_new(coro_fn)
  if type(coro_fn) ~= "function" then error(host.msg("need_fn", "start_new"), 2) end
  new_session(coro_fn).resume()
end

function Coromega:halt()
  self.enabled = false
  host.halt()
end

-- Takes events from the mux poller and calls their callbacks, for as long as anything can happen.
-- The framework registers what self.cbs holds with a dot call, self.new_event_source(k, v): the poller is taken for
-- self and indexing it fails. when_progress_increased_by_build puts its callback there, so run() fails the same way.
function Coromega:run()
  host.run_called()
  if next(self.cbs) ~= nil then error(host.msg("run_cbs"), 2) end
  while self.mux_poller:block_has_next() do
    local event = self.mux_poller:block_get_next()
    if self.enabled and event ~= nil then
      local cb = self.maintained_cbs[event.type]
      if cb ~= nil then cb(event.data) end
    end
  end
end

local function new_coromega(omega)
  local instance = setmetatable({
    omega = omega,
    config = omega.user_data_to_lua_value(omega.config:user_data()),
    enabled = true,
    mux_poller = omega.listen.make_mux_poller(),
    maintained_cbs = {},
    cbs = {},
  }, Coromega)
  local module_sources = {
    [omega.cmds.resp] = function(event) event.cb(event.output) end,
    [omega.players.resp] = function(event) event.cb(event.output) end,
    [omega.flex.resp] = function(event) event.cb(event.output, event.err) end,
    [omega.system.resp] = function(event) event.cb(event.output) end,
    [omega.cqhttp.resp] = function(event) event.cb(event.output) end,
    [omega.websocket.resp] = function(event) event.cb(event.output) end,
    [omega.async_http.resp] = function(event) event.cb(event.resp, event.err) end,
    [omega.bot_action.resp] = function(event) event.cb(event.output) end,
    [omega.share.resp] = function(event) event.cb(event.output) end,
  }
  for source, cb in pairs(module_sources) do instance:new_event_source(source, cb) end
  host.coromega_made(instance)
  return instance
end

function from(omega)
  return new_coromega(omega)
end

return _G
