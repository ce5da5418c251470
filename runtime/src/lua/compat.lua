-- Lua 5.1 / gopher-lua compatibility over Fengari (Lua 5.3): the globals neomega plugins expect, module loading
-- with 5.1 escapes, string.format and gsub as 5.1 reads them, print / io / os on real files, and coroutines that
-- let a blocking host call (omega.system.block_sleep, a mux poller's block_get_next...) suspend the whole plugin
-- from any depth of nested coroutines.
local host, SENTINEL, BLOCK = ...
local co_create, co_resume, co_running, co_yield = coroutine.create, coroutine.resume, coroutine.running, coroutine.yield
local select, type, error, tostring, setmetatable, getmetatable, rawget = select, type, error, tostring, setmetatable, getmetatable, rawget
local t_unpack = table.unpack
local owned = setmetatable({}, { __mode = "k" })

-- Lua 5.1 / gopher-lua globals ------------------------------------------------------------------------------
unpack = t_unpack
table.getn = function(t) return #t end
table.maxn = function(t)
  local m = 0
  for k in pairs(t) do if type(k) == "number" and k > m then m = k end end
  return m
end
table.foreach = function(t, f) for k, v in pairs(t) do local r = f(k, v) if r ~= nil then return r end end end
table.foreachi = function(t, f) for i = 1, #t do local r = f(i, t[i]) if r ~= nil then return r end end end
math.pow = function(a, b) return a ^ b end
math.mod = math.fmod
math.log10 = function(x) return math.log(x, 10) end
math.ldexp = function(m, e) return m * 2.0 ^ e end
string.gfind = string.gmatch
ud2lua = function(v) return v end
-- getfenv / setfenv (Lua 5.1, gopher-lua) over Lua 5.3's _ENV upvalue.
local d_getupvalue, d_upvaluejoin, d_getinfo = debug.getupvalue, debug.upvaluejoin, debug.getinfo
local function fenv_target(f, level)
  if type(f) == "number" then
    local info = d_getinfo(f + level, "f")
    return info and info.func
  end
  return f
end
getfenv = function(f)
  if f == nil then f = 1 end
  if f == 0 then return _G end
  local fn = fenv_target(f, 2)
  if type(fn) ~= "function" then return _G end
  local i = 1
  while true do
    local name, val = d_getupvalue(fn, i)
    if name == "_ENV" then return val end
    if not name then return _G end
    i = i + 1
  end
end
setfenv = function(f, t)
  local fn = fenv_target(f, 2)
  if type(fn) ~= "function" then error("bad argument #1 to 'setfenv' (invalid level)", 2) end
  local i = 1
  while true do
    local name = d_getupvalue(fn, i)
    if name == "_ENV" then
      d_upvaluejoin(fn, i, function() return t end, 1)
      break
    end
    if not name then break end
    i = i + 1
  end
  return fn
end

local raw_load = load
load = function(chunk, name, mode, env)
  if type(chunk) == "string" then chunk = host.rewrite(chunk) end
  if env ~= nil then return raw_load(chunk, name, mode or "bt", env) end
  return raw_load(chunk, name, mode or "bt")
end
loadstring = function(s, name) return load(s, name) end
loadfile = function(path, mode, env)
  local text, err = host.readsource(path)
  if not text then return nil, err end
  if env ~= nil then return raw_load(text, "@" .. path, mode or "bt", env) end
  return raw_load(text, "@" .. path, mode or "bt")
end
dofile = function(path)
  local f, err = loadfile(path)
  if not f then error(err, 2) end
  return f()
end
if package and package.searchers then
  package.searchers[2] = function(name)
    local path, err = package.searchpath(name, package.path)
    if not path then return err end
    local text, rerr = host.readsource(path)
    if not text then error(rerr, 0) end
    local f, lerr = raw_load(text, "@" .. path)
    if not f then
      error(("error loading module '%s' from file '%s':\n\t%s"):format(name, path, lerr), 0)
    end
    return f, path
  end
end

string.format = host.format

-- Lua 5.1 reads "%x" in a gsub replacement string as "x" (5.3 raises "invalid use of '%'").
local raw_gsub, s_find, s_match = string.gsub, string.find, string.match
local function fix_repl(c)
  if c == "" then return "%%" end
  if s_match(c, "^[%d%%]$") then return "%" .. c end
  return c
end
string.gsub = function(s, pattern, repl, n)
  if type(repl) == "string" and s_find(repl, "%", 1, true) then
    repl = raw_gsub(repl, "%%(.?)", fix_repl)
  end
  if n == nil then return raw_gsub(s, pattern, repl) end
  return raw_gsub(s, pattern, repl, n)
end

-- print / io / os ---------------------------------------------------------------------------------------------
print = host.print

local FILE = {}
FILE.__index = FILE
FILE.__name = "FILE*"
FILE.__tostring = function(f)
  if f.closed then return "file (closed)" end
  return ("file (0x%08x)"):format(f.id)
end
local function checkfile(f)
  if getmetatable(f) ~= FILE then error("bad argument #1 (FILE* expected)", 3) end
  if f.closed then error("attempt to use a closed file", 3) end
  return f
end
function FILE:read(...)
  checkfile(self)
  local n = select("#", ...)
  if n == 0 then return host.fread(self.id, "l") end
  local res = {}
  for i = 1, n do
    local v = host.fread(self.id, (select(i, ...)))
    res[i] = v
    if v == nil then return t_unpack(res, 1, i) end
  end
  return t_unpack(res, 1, n)
end
function FILE:write(...)
  checkfile(self)
  for i = 1, select("#", ...) do
    local ok, err = host.fwrite(self.id, (select(i, ...)))
    if not ok then return nil, err end
  end
  return self
end
function FILE:lines(...)
  checkfile(self)
  local fmts = { ... }
  if #fmts == 0 then fmts = { "l" } end
  return function() return self:read(t_unpack(fmts)) end
end
function FILE:close()
  checkfile(self)
  host.fclose(self.id)
  self.closed = true
  return true
end
function FILE:seek(whence, offset)
  checkfile(self)
  return host.fseek(self.id, whence or "cur", offset or 0)
end
function FILE:flush() checkfile(self) return self end
function FILE:setvbuf() checkfile(self) return true end

local STD = {}
STD.__index = STD
STD.__name = "FILE*"
STD.__tostring = function() return "file (0x00000001)" end
function STD:write(...) host.write(...) return self end
function STD:read() return nil end
function STD:lines() return function() return nil end end
function STD:close() return nil, "cannot close standard file" end
function STD:flush() return self end
function STD:setvbuf() return true end
function STD:seek() return nil, "Illegal seek", 29 end

io.stdout = setmetatable({}, STD)
io.stderr = setmetatable({}, STD)
io.stdin = setmetatable({}, STD)
io.write = function(...) host.write(...) return io.stdout end
io.read = function() return nil end
io.open = function(path, mode)
  local id, err, code = host.fopen(path, mode or "r")
  if not id then return nil, err, code end
  return setmetatable({ id = id }, FILE)
end
io.lines = function(path, ...)
  if path == nil then return function() return nil end end
  local f, err = io.open(path, "r")
  if not f then error(err, 2) end
  local fmts = { ... }
  if #fmts == 0 then fmts = { "l" } end
  return function()
    if f.closed then return nil end
    local v = f:read(t_unpack(fmts))
    if v == nil then f:close() end
    return v
  end
end
io.close = function(f) if f == nil then return true end return f:close() end
io.type = function(f)
  local mt = getmetatable(f)
  if mt == FILE then return f.closed and "closed file" or "file" end
  if mt == STD then return "file" end
  return nil
end
io.popen = function() return nil, "io.popen is not available" end
io.input = function() return io.stdin end
io.output = function() return io.stdout end
io.flush = function() return true end

os.exit = function(code) host.exit(code) error(SENTINEL, 0) end
os.execute = function(cmd) return host.execute(cmd) end
-- The run's clock (virtual or real) in the run's zone, with gopher-lua's formats.
os.time = host.os_time
os.date = host.os_date
os.clock = host.os_clock

-- coroutines -------------------------------------------------------------------------------------------------------
-- A blocking host call yields BLOCK. Every coroutine.resume that sees BLOCK come out of the coroutine it resumed
-- yields BLOCK itself, so the request travels up to the plugin's main coroutine and out to the host; the host's
-- answer travels back down the same chain. To the plugin the call simply blocks, as it does in neomega.
local raw_resume, raw_yield, raw_status = coroutine.resume, coroutine.yield, coroutine.status

local function forward(co, ok, first, ...)
  if ok and first == BLOCK and raw_status(co) == "suspended" then
    return forward(co, raw_resume(co, raw_yield(BLOCK)))
  end
  return ok, first, ...
end

coroutine.resume = function(co, ...)
  return forward(co, raw_resume(co, ...))
end

local function unwrap(ok, ...)
  if not ok then error((...), 0) end
  return ...
end

coroutine.wrap = function(fn)
  local co = coroutine.create(fn)
  return function(...)
    return unwrap(forward(co, raw_resume(co, ...)))
  end
end
