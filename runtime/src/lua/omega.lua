-- The simulated neomega host as plugins see it: require("omega").
--
-- neomega's Go side hands Lua a table of modules (system, storage, async_http, listen, menu, cmds, players, cqhttp,
-- websocket, flex, share, botUq, bot_action, ...). Asynchronous calls take a callback, and the callback runs when
-- the plugin's mux poller delivers the module's `resp` event; listeners are event sources polled the same way.
-- These files build that table over the runtime's host functions (runtime/src/omega/*.ts), which answer from the
-- simulated world. Every call keeps the shape the framework's coromega.lua relies on.
--
-- This file makes the table, the event sources and callbacks every area uses, and omega.listen (mux pollers); it
-- returns omega and `lib`, those shared helpers. The areas follow in omega/*.lua, loaded in this order by
-- runtime/src/vm/load.ts with (host, json, omega, lib): system.lua (system, storage, async_http, menu, cmds),
-- players.lua, messaging.lua (cqhttp, websocket, flex, share), bot.lua (botUq, bot_action, building, common,
-- packets, config).
local host, BLOCK, json = ...
local co_yield = coroutine.yield

local omega = {}

-- event sources and callbacks ----------------------------------------------------------------------------------------

-- Every event source is a table with a host id; `wrap` turns the host's data into what the poller hands Lua.
local sources = {}
local function source(id, wrap, fields)
  local s = fields or {}
  s.__source = id
  s.__wrap = wrap
  sources[id] = s
  return s
end
local function new_source(kind, wrap, fields) return source(host.source_new(kind or ""), wrap, fields) end

-- Callbacks of pending requests, by request id. A persistent callback stays for several answers.
local callbacks, persistent, next_req = {}, {}, 0
local function track(cb, keep)
  if cb == nil then return 0 end
  next_req = next_req + 1
  callbacks[next_req] = cb
  if keep then persistent[next_req] = true end
  return next_req
end
local function take(id)
  local cb = callbacks[id]
  if not persistent[id] then callbacks[id] = nil end
  return cb
end
local function resp_wrap(d)
  local id = d.id
  local cb = callbacks[id]
  if not persistent[id] then callbacks[id] = nil end
  return { cb = cb, output = d.output, err = d.err, resp = d.resp }
end
local function resp_source(name) return new_source("resp:" .. name, resp_wrap) end

-- A blocking host call returns BLOCK; the plugin then waits (see compat.lua) until the host answers.
local function blocking(first, ...)
  if first == BLOCK then return co_yield(BLOCK) end
  return first, ...
end

-- omega.listen: mux pollers -----------------------------------------------------------------------------------------
local listen = {}
omega.listen = listen

local Mux = {}
Mux.__index = Mux

local function new_mux()
  local m = setmetatable({ id = host.mux_new(), polled_fns = {} }, Mux)
  m.event_after = Mux.event_after
  m.event_interval = Mux.event_interval
  return m
end

local function poll_fn(self, fn, ...)
  local s
  if fn == omega.system.block_sleep then
    s = source(host.source_after(self.id, (...) or 0, false), nil, {})
  elseif fn == omega.system.block_input then
    s = source(host.source_input(self.id, (...)), nil, {})
  elseif fn == Mux.event_after then
    local sec, data = ...
    return self:event_after(sec, data)
  elseif fn == Mux.event_interval then
    local sec, data = ...
    return self:event_interval(sec, data)
  else
    error(host.msg("poll_fn"), 3)
  end
  -- The event's type is the function that was polled.
  self.polled_fns[s.__source] = fn
  host.mux_poll(self.id, s.__source)
  return self
end

function Mux:poll(src, ...)
  if type(src) == "function" then return poll_fn(self, src, ...) end
  if type(src) ~= "table" or src.__source == nil then error(host.msg("poll_source", type(src)), 2) end
  host.mux_poll(self.id, src.__source)
  return self
end

local after_payload = {}
function Mux:event_after(sec, data)
  local s = source(host.source_after(self.id, sec or 0, false), nil, {})
  self.polled_fns[s.__source] = Mux.event_after
  after_payload[s.__source] = data
  host.mux_poll(self.id, s.__source)
  return self
end

-- Returns the source, so old code can key a callback table by it: cbs[mux:event_interval(5)] = fn
function Mux:event_interval(sec, data)
  local s = source(host.source_after(self.id, sec or 0, true), nil, {})
  after_payload[s.__source] = data
  host.mux_poll(self.id, s.__source)
  return s
end

function Mux:block_has_next() return not self.stopped end

local mux_next = host.mux_next
function Mux:block_get_next()
  local id, data = mux_next(self.id)
  if id == BLOCK then id, data = co_yield(BLOCK) end
  if id == nil then return nil end
  local s = sources[id]
  local wrap = s and s.__wrap
  if wrap then
    data = wrap(data)
  elseif after_payload[id] ~= nil then
    data = after_payload[id]
  end
  return { type = self.polled_fns[id] or s, data = data }
end

function Mux:stop()
  self.stopped = true
  host.mux_stop(self.id)
end

listen.make_mux_poller = new_mux
listen.new_mux_poller = new_mux
listen.make_packet_poller = function(...)
  local names = {}
  for i = 1, select("#", ...) do names[#names + 1] = tostring((select(i, ...))) end
  return new_source(json.encode({ listener = "packet", triggers = names }))
end

-- What the areas in omega/*.lua share.
local lib = {
  source = source,
  new_source = new_source,
  track = track,
  take = take,
  resp_source = resp_source,
  blocking = blocking,
}

return omega, lib
