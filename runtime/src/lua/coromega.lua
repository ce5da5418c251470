-- coromega for the offline world: require("coromega") / require("lua.coromega").
--
-- The same object model as neomega's framework: a Coromega made by from(omega) turns omega's callbacks into
-- coroutines. Each entry point (menu, chat, API, topic...) is a SessionFactory whose start_new(fn) runs fn in a new
-- coroutine (a session) for every event; a call that waits (HTTP, commands with a result, ask, sleep in a session)
-- registers a callback that resumes the session and yields. coromega:run() is the loop that takes events from the
-- mux poller and calls their callbacks. Written for this runtime; method names, argument order, return values and
-- which calls yield or block follow the framework.
--
-- This file holds what every area shares: the session state, Session, SessionFactory and the Coromega class; it
-- returns `lib`, those pieces. Coromega's methods follow in coromega/*.lua, loaded in this order by
-- runtime/src/vm/load.ts with (host, lib): system.lua (output, input, time, sleep, commands), players.lua
-- (CoroPlayer, the bot and the server), storage.lua (paths, files, WrappedKVDB, SharedMap), bot.lua (bot actions,
-- building), messaging.lua (cross-plugin calls, cqhttp, HTTP, config), listeners.lua, websocket.lua, run.lua
-- (start_new, halt, run, and the global `from`; it returns _G, what require("coromega") gives).
local host, SENTINEL = ...
local co_create, co_resume, co_yield = coroutine.create, coroutine.resume, coroutine.yield
local t_unpack = table.unpack

-- The session running now (in_session) and the function that resumes it.
local state = { in_session = false, resume = nil }

local function need_session(name)
  if not state.in_session then error(host.msg("need_co", name), 3) end
end

local function check_self(self, name)
  if type(self) ~= "table" then error(host.msg("colon", name), 3) end
end

-- Session: one coroutine; resume() runs it until it waits or ends ------------------------------------------------------------
-- As in the framework, a session's error is raised again where the session was resumed, prefixed with
-- "lua 协程内函数错误:\n": it crashes the plugin from coromega:run(), unless a pcall around start_new catches it.
-- The session's own traceback is kept, so the report points at the line that failed inside the session.
local SESSION_ERROR = "lua 协程内函数错误:\n"
local function new_session(fn)
  local session = {}
  session.co = co_create(fn)
  session.resume = function(...)
    local prev_resume, prev_in = state.resume, state.in_session
    state.resume, state.in_session = session.resume, true
    local ok, err = co_resume(session.co, ...)
    state.resume, state.in_session = prev_resume, prev_in
    if not ok then
      if err == SENTINEL then error(SENTINEL, 0) end
      local text = SESSION_ERROR .. tostring(err)
      host.session_failed(text, debug.traceback(session.co, tostring(err)))
      error(text, 0)
    end
  end
  return session
end

-- SessionFactory: a listener -----------------------------------------------------------------------------------------------------
local SessionFactory = { _cname = "SessionFactory" }
SessionFactory.__index = SessionFactory

local function new_factory() return setmetatable({}, SessionFactory) end

function SessionFactory:on_new_session(...)
  local args = table.pack(...)
  local fn, handle = self.coro_fn, self.result_handle
  if fn == nil then return end
  local session = new_session(function()
    if handle ~= nil then
      handle(fn(t_unpack(args, 1, args.n)))
    else
      fn(t_unpack(args, 1, args.n))
    end
  end)
  session.resume()
end

function SessionFactory:on_result(handle)
  self.result_handle = handle
  return self
end

function SessionFactory:start_new(coro_fn)
  if type(coro_fn) ~= "function" then error(host.msg("need_fn", "start_new"), 2) end
  self.coro_fn = coro_fn
  return self
end

-- Coromega -------------------------------------------------------------------------------------------------------------------------
local Coromega = { _cname = "Coromega" }
Coromega.__index = Coromega

-- Waits for a callback-style omega call: `call(resume)` starts it; the session yields until resume(...) runs.
local function await(name, call)
  need_session(name)
  call(state.resume)
  return co_yield()
end

-- A framework class in the chosen framework version (catalog/versions.ts): the methods that version lacks are nil,
-- as on such a neomega, and looking one up warns once where it happens.
local d_getinfo = debug.getinfo
local function for_version(class, receiver)
  local missing = host.framework_missing(class._cname)
  if #missing == 0 then return end
  local lacks = {}
  for _, name in ipairs(missing) do
    class[name] = nil
    lacks[name] = true
  end
  -- Only lookups that miss the class reach this: the methods it has are found as fast as ever.
  setmetatable(class, {
    __index = function(_, k)
      if lacks[k] then
        local info = d_getinfo(2, "Sl") or {}
        host.framework_lacks(receiver, k, class._cname, info.source or "", info.currentline or 0)
      end
      return nil
    end,
  })
end

-- What the areas in coromega/*.lua share.
return {
  for_version = for_version,
  json = require("json"),
  state = state,
  need_session = need_session,
  check_self = check_self,
  new_session = new_session,
  new_factory = new_factory,
  SessionFactory = SessionFactory,
  Coromega = Coromega,
  await = await,
}
