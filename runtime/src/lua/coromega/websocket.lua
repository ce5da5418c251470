-- Coromega: WebSocket servers and connections.
-- Part of require("coromega"): see coromega.lua.
local host, lib = ...
local json, state = lib.json, lib.state
local need_session, new_session, Coromega = lib.need_session, lib.new_session, lib.Coromega
local co_yield = coroutine.yield

-- WebSocket ----------------------------------------------------------------------------------------------------------------------
local WSServerSessionFactory = { _cname = "WSServerSessionFactory" }
WSServerSessionFactory.__index = WSServerSessionFactory
function WSServerSessionFactory:on_new_conn(conn)
  local fn = self.coro_fn
  if fn == nil then return end
  new_session(function() fn(conn) end).resume()
end
function WSServerSessionFactory:when_new_conn(coro_fn)
  self.coro_fn = coro_fn
  return self
end
function WSServerSessionFactory:when_dead(cb)
  self.on_server_dead = function(reason) new_session(function() cb(reason) end).resume() end
  return self
end

local WSConnWrapper = { _cname = "WSConnWrapper" }
WSConnWrapper.__index = WSConnWrapper
function WSConnWrapper:on_new_msg(message)
  if self.on_next_msg then
    local next_msg = self.on_next_msg
    self.on_next_msg = nil
    next_msg(message)
  elseif self.coro_fn then
    local fn = self.coro_fn
    new_session(function() fn(message) end).resume()
  end
end
function WSConnWrapper:when_new_msg(coro_fn)
  self.coro_fn = coro_fn
  return self
end
function WSConnWrapper:send(msg) return self.conn:send_message(json.encode(msg)) end
function WSConnWrapper:send_message(msg) return self.conn:send_message(msg) end
function WSConnWrapper:receive_message()
  need_session("conn:receive_message")
  local resume = state.resume
  self.on_next_msg = function(msg) resume(msg) end
  return co_yield()
end

local function wrap_conn(self, conn)
  local wrapper = setmetatable({ conn = conn }, WSConnWrapper)
  self:new_event_source(conn, function(msg) wrapper:on_new_msg(msg) end)
  return wrapper
end

function Coromega:create_websocket_server(h, port)
  local factory = setmetatable({ on_server_dead = function() end }, WSServerSessionFactory)
  local err = self.omega.websocket.server(h, port, function(conn)
    factory:on_new_conn(wrap_conn(self, conn))
  end, function(reason) factory.on_server_dead(reason) end)
  if err ~= nil then return nil end
  return factory
end
function Coromega:connect_to_websocket(addr, header)
  local conn = self.omega.websocket.connect(addr, header)
  if conn == nil then return nil end
  return wrap_conn(self, conn)
end
