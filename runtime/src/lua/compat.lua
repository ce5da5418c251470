-- Lua 5.1 / gopher-lua compatibility over Fengari (Lua 5.3), the parts written in Lua (the library functions are
-- gopher-lua's, in runtime/src/vm/lib51; error, pcall and the coroutine functions in runtime/src/gopherlua):
-- getfenv/setfenv, load and loadstring with 5.1 escapes, loadfile and dofile, print, os.exit and os.execute.
local host, SENTINEL = ...
local type, error, tostring, setmetatable = type, error, tostring, setmetatable

-- Lua 5.1 / gopher-lua globals (the library functions themselves are gopher-lua's, see runtime/src/vm/lib51) ------
ud2lua = function(v) return v end
-- getfenv / setfenv (Lua 5.1, gopher-lua) over Lua 5.3's _ENV upvalue. A function that reads no global has no
-- _ENV upvalue: the environment given to it is kept aside, so getfenv still returns it (gopher-lua keeps one per
-- function).
local d_getupvalue, d_upvaluejoin, d_getinfo = debug.getupvalue, debug.upvaluejoin, debug.getinfo
local set_aside = setmetatable({}, { __mode = "k" })
-- setfenv(0, t) and debug.setfenv(thread, t): a thread's environment, which chunks it loads afterwards get
-- (gopher-lua's L.Env).
local co_running = coroutine.running
local MAIN = {}
local thread_envs = setmetatable({}, { __mode = "k" })
local function thread_env() return thread_envs[co_running() or MAIN] end
local function fenv_target(f, level)
  if type(f) == "number" then
    local info = d_getinfo(f + level, "f")
    return info and info.func
  end
  return f
end
getfenv = function(f)
  if f == nil then f = 1 end
  if f == 0 then return thread_env() or _G end
  local fn = fenv_target(f, 2)
  if type(fn) ~= "function" then return _G end
  local i = 1
  while true do
    local name, val = d_getupvalue(fn, i)
    if name == "_ENV" then return val end
    if not name then return set_aside[fn] or _G end
    i = i + 1
  end
end
setfenv = function(f, t)
  if f == 0 then
    thread_envs[co_running() or MAIN] = t
    return
  end
  local fn = fenv_target(f, 2)
  if type(fn) ~= "function" then error("bad argument #1 to 'setfenv' (invalid level)", 2) end
  local i = 1
  while true do
    local name = d_getupvalue(fn, i)
    if name == "_ENV" then
      d_upvaluejoin(fn, i, function() return t end, 1)
      break
    end
    if not name then
      set_aside[fn] = t
      break
    end
    i = i + 1
  end
  return fn
end

debug.getfenv = function(o)
  if type(o) == "thread" then return thread_envs[o] or _G end
  return getfenv(o)
end
debug.setfenv = function(o, t)
  if type(o) == "thread" then
    thread_envs[o] = t
    return o
  end
  return setfenv(o, t)
end

-- The debug library's view of upvalues is Lua 5.1's: globals are no upvalue there, so _ENV is left out of
-- debug.getupvalue / setupvalue indices and of getinfo's nups.
local d_setupvalue = debug.setupvalue
local function env_index(fn)
  local i = 1
  while true do
    local name = d_getupvalue(fn, i)
    if name == "_ENV" then return i end
    if not name then return nil end
    i = i + 1
  end
end
local function upvalue_index(fn, n)
  if type(fn) ~= "function" or type(n) ~= "number" then return n end
  local e = env_index(fn)
  if e and n >= e then return n + 1 end
  return n
end
debug.getupvalue = function(fn, n) return d_getupvalue(fn, upvalue_index(fn, n)) end
debug.setupvalue = function(fn, n, v) return d_setupvalue(fn, upvalue_index(fn, n), v) end
local s_find = string.find
debug.getinfo = function(a, b, c)
  local info
  -- gopher-lua knows the options f, S, l, u, n; any other is no information at all
  if type(b) == "string" and s_find(b, "[^fSlun>]") then return nil end
  if type(a) == "thread" then info = d_getinfo(a, b, c)
  elseif type(a) == "number" then info = d_getinfo(a + 1, b)
  else info = d_getinfo(a, b) end
  if info and info.nups and info.func and env_index(info.func) then info.nups = info.nups - 1 end
  return info
end

-- loadstring and load are the host's (gopher-lua's parser decides, and says why in its words); loadfile and
-- require load through the same check. A chunk loaded while its thread has an environment of its own
-- (setfenv(0, t)) gets that environment.
local host_loadstring, host_load, load_chunk = loadstring, load, host.load_chunk
local function with_env(f, ...)
  local env = thread_env()
  if f and env ~= nil then setfenv(f, env) end
  return f, ...
end
loadstring = function(s, name) return with_env(host_loadstring(s, name)) end
load = function(reader, name) return with_env(host_load(reader, name)) end
-- loadfile and dofile with gopher-lua's messages (require and module: runtime/src/vm/lib51/package.ts).
local function load_file(path)
  local text, err = host.readsource(path)
  if not text then return nil, err, true end
  return with_env(load_chunk(text, path))
end
loadfile = function(path)
  local f, err, unreadable = load_file(path)
  if unreadable then return nil, "can not open file: " .. tostring(path) end
  return f, err
end
dofile = function(path)
  local f, err = load_file(path)
  if not f then error(err, 0) end
  return f()
end

-- print / os ---------------------------------------------------------------------------------------------
print = host.print

os.exit = function(code) host.exit(code) error(SENTINEL, 0) end
os.execute = function(cmd) return host.execute(cmd) end
-- The run's clock (virtual or real) in the run's zone, with gopher-lua's formats.
os.time = host.os_time
os.date = host.os_date
os.clock = host.os_clock
